import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { PASSWORD_MIN_LENGTH } from '../api/types';

/** Messages keyed by form field name; a form-level message sits under `form`. */
export type FormErrors<TField extends string> = Partial<Record<TField | 'form', string>>;

/** Fields whose rule we can explain in the reader's language; others keep the API's message. */
const explainedFields = [
  'email',
  'password',
  'newPassword',
  'currentPassword',
  'displayName',
  'role',
  'locale',
  'timeZone',
] as const;
type ExplainedField = (typeof explainedFields)[number];

function isExplained(field: string): field is ExplainedField {
  return explainedFields.some((known) => known === field);
}

function explainField(t: TFunction, field: string, apiMessages: readonly string[]): string {
  if (isExplained(field)) return t(`validation.${field}`, { min: PASSWORD_MIN_LENGTH });
  return apiMessages.join(' ');
}

/** Form-level explanation for errors that are not about one field. */
export function explainFailure(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'RATE_LIMITED':
      return t('errors.rateLimited');
    case 'UPSTREAM_UNAVAILABLE':
      return t('errors.unavailable');
    case 'UPSTREAM_TIMEOUT':
      return t('errors.timeout');
    case 'UNAUTHENTICATED':
      return t('errors.sessionExpired');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'VALIDATION_FAILED':
      return error.fields.length > 0 ? t('errors.invalidForm') : error.message;
    default:
      // Unknown failures carry the correlation id so support can find the log line.
      return error.correlationId
        ? `${t('errors.unexpected')} ${t('errors.reference', { id: error.correlationId })}`
        : t('errors.unexpected');
  }
}

/**
 * Spreads an API error over the form: each invalid field gets its message, anything else a
 * form-level message. Fields the form does not show are reported at form level so no error is lost.
 */
export function toFormErrors<TField extends string>(
  t: TFunction,
  error: unknown,
  formFields: readonly TField[],
): FormErrors<TField> {
  const errors: FormErrors<TField> = {};
  const unshownMessages: string[] = [];
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    for (const { field, messages } of error.fields) {
      const shownField = formFields.find((name) => name === field);
      if (shownField) errors[shownField] = explainField(t, field, messages);
      else unshownMessages.push(...messages);
    }
  }
  errors.form = [explainFailure(t, error), ...unshownMessages].join(' ');
  return errors;
}
