import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { LOG_LEVELS, type LogLevel } from '../logging/logger.js';

/**
 * The settings every backend service with a database needs; a service's own
 * config class extends it and adds its settings.
 */
export class ServiceConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^(nats|tls):\/\//, {
    message: 'NATS_URL must be a nats:// URL (several may be separated by commas)',
  })
  NATS_URL!: string;

  @IsIn(LOG_LEVELS) LOG_LEVEL: LogLevel = 'info';

  @Type(() => Number) @IsInt() @Min(1) @Max(100) DATABASE_POOL_SIZE = 10;

  /** Whether the outbox relay creates or updates the EVENTS stream at start; false where an administrator does (infra/nats). */
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  EVENTS_STREAM_SETUP = true;

  /** Copies of the EVENTS stream JetStream keeps: 1 on one server, 3 on the production cluster. */
  @Type(() => Number) @IsInt() @Min(1) @Max(5) EVENTS_STREAM_REPLICAS = 1;
}
