import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@passerelle/contracts';
import { LOG_LEVELS, type LogLevel } from '@passerelle/nest-common';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' || value === '' ? false : value;

/** The environment of the profiles service, validated once at start. */
export class ProfilesConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^(nats|tls):\/\//, {
    message: 'NATS_URL must be a nats:// URL (several may be separated by commas)',
  })
  NATS_URL!: string;

  @IsIn(LOG_LEVELS) LOG_LEVEL: LogLevel = 'info';

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

  @Type(() => Number) @IsInt() @Min(1) @Max(100) DATABASE_POOL_SIZE = 10;

  /** Copies of the EVENTS stream JetStream keeps: 1 on one server, 3 on the production cluster. */
  @Type(() => Number) @IsInt() @Min(1) @Max(5) EVENTS_STREAM_REPLICAS = 1;

  /** Whether the service creates or updates the EVENTS stream at start; false where an administrator does (infra/nats). */
  @Transform(toBoolean) @IsBoolean() EVENTS_STREAM_SETUP = true;

  /** How long a passed training module stays valid. */
  @Type(() => Number) @IsInt() @Min(1) @Max(60) TRAINING_VALIDITY_MONTHS = 12;

  /** How often mentors whose training expired are made unavailable (and announced). */
  @Type(() => Number) @IsInt() @Min(1) @Max(1440) TRAINING_EXPIRY_SWEEP_MINUTES = 60;
}
