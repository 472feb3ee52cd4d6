import { IsEmail, IsEnum, IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { Locale, Role } from '../common/role.js';
import { IsIanaTimeZone } from '../common/time-zone.js';

export enum AccountStatus {
  Active = 'active',
  Suspended = 'suspended',
  /** Deleted at the person's request: personal fields anonymised, cannot sign in, kept only as an id. */
  Erased = 'erased',
}

/** What a person sees of their own account; never holds credentials. */
export class AccountView {
  @IsUUID() id!: string;
  @IsEmail() email!: string;
  @IsString() displayName!: string;
  @IsEnum(Role) role!: Role;
  @IsEnum(Locale) locale!: Locale;
  @IsIanaTimeZone() timeZone!: string;
  @IsIn(Object.values(AccountStatus)) status!: AccountStatus;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsISO8601() lastActiveAt!: string | null;
}
