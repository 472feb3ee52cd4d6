import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
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
}
