import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { PASSWORD_MIN_LENGTH } from '../api/types';
import type { FormErrors } from './errorMessages';
import { TextField } from './Field';
import type { FieldBinding } from './useApiForm';

/*
 * The account fields of every form that asks for them (name, email, passwords), with the
 * `autocomplete` values browsers and password managers rely on to fill the right one.
 */

export function DisplayNameField({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.displayName')}
      hint={t('fields.displayNameHint')}
      binding={binding}
      autoComplete="name"
      required
    />
  );
}

export function EmailField({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  return <TextField label={t('fields.email')} binding={binding} type="email" autoComplete="email" required />;
}

/** The password the person has now (to sign in, or to confirm a sensitive change). */
export function CurrentPasswordField({
  label,
  binding,
  autoFocus,
}: {
  label: string;
  binding: FieldBinding;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label={label}
      binding={binding}
      type="password"
      autoComplete="current-password"
      required
      autoFocus={autoFocus}
    />
  );
}

/** A password being chosen: says the minimum length, which the browser checks too. */
export function NewPasswordField({ label, binding }: { label: string; binding: FieldBinding }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      hint={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      binding={binding}
      type="password"
      autoComplete="new-password"
      minLength={PASSWORD_MIN_LENGTH}
      required
    />
  );
}

/** For forms confirmed with the current password: a refusal means that password is wrong, not that the session ended. */
export const explainWrongCurrentPassword =
  (t: TFunction) =>
  (error: ApiError): FormErrors<'currentPassword'> | undefined =>
    error.code === 'UNAUTHENTICATED'
      ? { currentPassword: t('errors.wrongCurrentPassword'), form: t('errors.invalidForm') }
      : undefined;
