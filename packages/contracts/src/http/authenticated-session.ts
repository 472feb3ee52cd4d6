import { Type } from 'class-transformer';
import { IsInt, IsJWT, ValidateNested } from 'class-validator';
import { AccountView } from '../profiles/account.js';

/**
 * What sign-up, sign-in and refresh answer over HTTP. The refresh token is
 * not here: it travels only in an httpOnly cookie that scripts cannot read.
 */
export class AuthenticatedSession {
  @IsJWT() accessToken!: string;
  /** Seconds until the access token expires. */
  @IsInt() expiresIn!: number;
  @ValidateNested() @Type(() => AccountView) account!: AccountView;
}
