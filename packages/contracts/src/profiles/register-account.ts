import { IsEmail, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale, SELF_SERVICE_ROLES, type SelfServiceRole } from '../common/role.js';
import { IsIanaTimeZone } from '../common/time-zone.js';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  NormaliseEmail,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Trim,
} from './account-fields.js';

export const REGISTER_ACCOUNT = 'rpc.profiles.account.register.v1';

export class RegisterAccountRequest {
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Trim()
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @IsIn(SELF_SERVICE_ROLES, { message: `role must be one of: ${SELF_SERVICE_ROLES.join(', ')}` })
  role!: SelfServiceRole;

  @IsOptional() @IsEnum(Locale) locale?: Locale;

  @IsOptional() @IsIanaTimeZone() timeZone?: string;
}
