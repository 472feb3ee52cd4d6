import { IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './account-fields.js';

export const CHANGE_MY_PASSWORD = 'rpc.profiles.password.change.v1';

/** Changing the password ends every other session of the account. */
export class ChangeMyPasswordRequest {
  @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH) currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class ChangeMyPasswordReply {
  /** How many other sessions were ended. */
  @IsInt() @Min(0) revokedSessions!: number;
}
