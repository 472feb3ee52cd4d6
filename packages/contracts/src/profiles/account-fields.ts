import { Transform } from 'class-transformer';

/** Password rules shared by sign-up and password change (NIST 800-63B: length, not composition). */
export const PASSWORD_MIN_LENGTH = 10;
// Bounded so a megabyte "password" cannot make argon2 the bottleneck.
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

/** Emails compare case-insensitively: stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Trims strings, leaves any other type for the validators to reject. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const NormaliseEmail = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value));
