import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { explainFailure } from '../forms/errorMessages';
import type { FieldBinding } from '../forms/useApiForm';
import { useFocusOnFirstInvalid } from '../forms/useFocusOnFirstInvalid';

/** Messages by API field path (`alumnus.capacity`, `slots.2`, `student.goals.0.targetDate`). */
export type PathErrors = Record<string, string>;

/** The API's rules said in the reader's language where we know them; its own words otherwise. */
export function explainFieldError(t: TFunction, field: string, messages: readonly string[]): string {
  const message = messages.join(' ');
  const overlap = /overlaps slot (\d+)/.exec(message);
  if (overlap) return t('profile.availability.overlaps', { n: Number(overlap[1]) + 1 });
  if (/must end after it starts/.test(message)) return t('profile.availability.inverted');
  if (/targetDate must be after today/.test(message)) return t('profile.goals.pastDate');
  if (/unknown skill ids/.test(message)) return t('profile.skills.unknown');
  if (/must name at least one topic/.test(message)) return t('profile.fields.reverseOfferMissing');
  if (/offersReverseMentoring is for students/.test(message))
    return t('profile.fields.reverseOfferNotRecent');
  if (field === 'image') {
    if (/at most/.test(message)) return t('profile.photo.tooLarge');
    if (/JPEG, PNG or WebP/.test(message)) return t('profile.photo.wrongType');
    return t('profile.photo.unreadable');
  }
  if (field === 'timeZone' || field.endsWith('.timeZone')) return t('validation.timeZone');
  return message;
}

export function toPathErrors(t: TFunction, error: unknown): { fields: PathErrors; form: string } {
  const fields: PathErrors = {};
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    for (const { field, messages } of error.fields) fields[field] = explainFieldError(t, field, messages);
  }
  return { fields, form: explainFailure(t, error) };
}

/**
 * State of one profile form: a draft of any shape, errors keyed by the API's field paths,
 * the status messages, and focus on the first invalid control after a failed save.
 */
export function useSectionForm<T extends object>(initial: T) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusOnFirstInvalid();
  const [draft, setDraft] = useState<T>(initial);
  const [errors, setErrors] = useState<PathErrors>({});
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setSuccess(undefined);
  }, []);

  /** Runs a save; true when it worked. */
  const run = async (save: () => Promise<string | undefined>): Promise<boolean> => {
    if (submitting) return false;
    setSubmitting(true);
    setErrors({});
    setFormError(undefined);
    setSuccess(undefined);
    try {
      setSuccess(await save());
      return true;
    } catch (error) {
      const explained = toPathErrors(t, error);
      setErrors(explained.fields);
      setFormError(explained.form);
      focusFirstInvalid();
      return false;
    } finally {
      setSubmitting(false);
    }
  };

  /** A text control's binding; `path` is the API field its errors come back on. */
  const bind = (key: keyof T & string, path: string): FieldBinding => ({
    name: path,
    value: String(draft[key] ?? ''),
    error: errors[path],
    onChange: (value) => set(key, value as T[typeof key]),
  });

  /** A multiple-choice control's binding (boxes to tick, languages, skills); `path` as for `bind`. */
  const bindSelection = <K extends keyof T & string>(key: K, path: string) => ({
    name: path,
    selected: draft[key],
    onChange: (value: T[K]) => set(key, value),
    error: errors[path],
  });

  const submitWith =
    (save: () => Promise<string | undefined>, after?: () => void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void run(save).then((saved) => saved && after?.());
    };

  return {
    formRef,
    draft,
    setDraft,
    set,
    bind,
    bindSelection,
    errors,
    formError,
    success,
    setSuccess,
    submitting,
    run,
    submitWith,
  };
}

/** '' → null; a number otherwise (the API says what is wrong with 2.5 or -1). */
export function toNumberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isNaN(number) ? (value as unknown as number) : number;
}

export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
