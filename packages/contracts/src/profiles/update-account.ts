import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale } from '../common/role.js';
import { IsIanaTimeZone } from '../common/time-zone.js';
import { DISPLAY_NAME_MAX_LENGTH, Trim } from './account-fields.js';

export const GET_MY_ACCOUNT = 'rpc.profiles.account.get.v1';
export const UPDATE_MY_ACCOUNT = 'rpc.profiles.account.update.v1';

/** The account is the actor's own; nothing to say in the body. */
export class GetMyAccountRequest {}

export class UpdateMyAccountRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;

  @IsOptional() @IsEnum(Locale) locale?: Locale;

  @IsOptional() @IsIanaTimeZone() timeZone?: string;
}
