// Types come from the shared contracts as type-only imports: importing the enums as values
// would bundle class-validator (about 30 kB for two enums). Template literal types turn each
// string enum into the union of its values, so these stay in step with the contracts.
import type {
  AccountStatus as ContractAccountStatus,
  AccountView,
  ErrorCode as ContractErrorCode,
  FieldError,
  Locale as ContractLocale,
  PASSWORD_MIN_LENGTH as CONTRACT_PASSWORD_MIN_LENGTH,
  Role as ContractRole,
} from '@passerelle/contracts';

export type ErrorCode = `${ContractErrorCode}`;
export type Role = `${ContractRole}`;
export type Locale = `${ContractLocale}`;
export type AccountStatus = `${ContractAccountStatus}`;
export type SelfServiceRole = Extract<Role, 'student' | 'alumnus'>;
export type { FieldError };

export type Account = Omit<AccountView, 'role' | 'locale' | 'status'> & {
  role: Role;
  locale: Locale;
  status: AccountStatus;
};

/** What register, login and refresh answer; the refresh token travels in an httpOnly cookie. */
export interface SessionGrant {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  account: Account;
}

export interface RegisterBody {
  email: string;
  password: string;
  displayName: string;
  role: SelfServiceRole;
  locale?: Locale;
  timeZone?: string;
}

export interface SignInBody {
  email: string;
  password: string;
}

export interface UpdateAccountBody {
  displayName?: string;
  locale?: Locale;
  timeZone?: string;
}

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

export interface ChangePasswordReply {
  revokedSessions: number;
}

// Typed by the contract's literal, so a change there fails the type check here.
export const PASSWORD_MIN_LENGTH: typeof CONTRACT_PASSWORD_MIN_LENGTH = 10;
export const SELF_SERVICE_ROLES: readonly SelfServiceRole[] = ['student', 'alumnus'];
export const LOCALES: readonly Locale[] = ['fr', 'en'];
