import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { LOG_LEVELS, type LogLevel } from '@passerelle/nest-common';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' || value === '' ? false : value;

/** The environment of the gateway, validated once at start. */
export class GatewayConfig {
  @Matches(/^(nats|tls):\/\//, {
    message: 'NATS_URL must be a nats:// URL (several may be separated by commas)',
  })
  NATS_URL!: string;

  @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT = 3000;

  @IsString() HOST = '0.0.0.0';

  /** Signs access tokens (HS256); at least 32 characters of randomness. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET!: string;

  @Type(() => Number) @IsInt() @Min(60) @Max(3600) ACCESS_TOKEN_TTL_SECONDS = 900;

  /** The built web app served at `/`; empty to serve the API only. */
  @IsString() WEB_DIST_DIR = '';

  /** Origins allowed to call the API from a browser, comma-separated; empty means same origin only. */
  @IsString() CORS_ORIGINS = '';

  /** Refresh cookie only over HTTPS; turn off for plain-HTTP local runs. */
  @Transform(toBoolean) @IsBoolean() COOKIE_SECURE = true;

  /** Behind a reverse proxy, trust its X-Forwarded-For so rate limits see the real client. */
  @Transform(toBoolean) @IsBoolean() TRUST_PROXY = false;

  @Type(() => Number) @IsInt() @Min(1) @Max(10_000) AUTH_RATE_LIMIT_PER_MINUTE = 20;

  @Type(() => Number) @IsInt() @Min(1024) @Max(10 * 1024 * 1024) BODY_LIMIT_BYTES = 100 * 1024;

  /** How long the gateway waits for a service before answering 504. */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000) RPC_TIMEOUT_MS = 5_000;

  @IsIn(LOG_LEVELS) LOG_LEVEL: LogLevel = 'info';

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
  }
}
