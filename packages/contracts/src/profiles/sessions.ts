import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, NormaliseEmail, PASSWORD_MAX_LENGTH } from './account-fields.js';
import type { AccountView } from './account.js';

export const START_SESSION = 'rpc.profiles.session.start.v1';
export const REFRESH_SESSION = 'rpc.profiles.session.refresh.v1';
export const END_SESSION = 'rpc.profiles.session.end.v1';

/** Sign-in: checks the credentials and opens a session (a refresh-token family). */
export class StartSessionRequest {
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshSessionRequest {
  @IsString() @MinLength(1) @MaxLength(200) refreshToken!: string;
}

export class EndSessionRequest {
  @IsString() @MinLength(1) @MaxLength(200) refreshToken!: string;
}

/**
 * A session grant: the account and a new refresh token. The token is shown once;
 * profiles keeps only its hash.
 */
export interface SessionGrant {
  account: AccountView;
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: string;
}

export interface EndSessionReply {
  ended: boolean;
}
