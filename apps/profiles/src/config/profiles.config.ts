import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@passerelle/contracts';
import { ServiceConfig } from '@passerelle/nest-common';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' || value === '' ? false : value;

/** The environment of the profiles service (beyond what every service has), validated once at start. */
export class ProfilesConfig extends ServiceConfig {
  /** Loads the demo accounts (idempotent) and prints their logins. */
  @Transform(toBoolean) @IsBoolean() DEMO_DATA = false;

  /** With ADMIN_PASSWORD: the first administrator, created on first start. */
  @IsOptional() @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' }) ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  ADMIN_PASSWORD?: string;

  /** How long a refresh token stays valid without use. */
  @Type(() => Number) @IsInt() @Min(1) @Max(365) REFRESH_TOKEN_TTL_DAYS = 30;

  /** How long a passed training module stays valid. */
  @Type(() => Number) @IsInt() @Min(1) @Max(60) TRAINING_VALIDITY_MONTHS = 12;

  /** How often mentors whose training expired are made unavailable (and announced). */
  @Type(() => Number) @IsInt() @Min(1) @Max(1440) TRAINING_EXPIRY_SWEEP_MINUTES = 60;
}
