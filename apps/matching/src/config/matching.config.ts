import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { DEFAULT_REQUEST_EXPIRY_DAYS, DEFAULT_STALLED_AFTER_DAYS } from '@passerelle/contracts';
import { ServiceConfig } from '@passerelle/nest-common';

/** The environment of the matching service (beyond what every service has), validated once at start. */
export class MatchingConfig extends ServiceConfig {
  /** Days a mentor has to answer a request before it moves to the next choice (default programmes; staff may change it per programme). */
  @Type(() => Number) @IsInt() @Min(1) @Max(60) REQUEST_EXPIRY_DAYS = DEFAULT_REQUEST_EXPIRY_DAYS;

  /** Days without a session or a message after which an active pair is listed as stalled (default programmes). */
  @Type(() => Number) @IsInt() @Min(1) @Max(365) STALLED_AFTER_DAYS = DEFAULT_STALLED_AFTER_DAYS;

  /** How long matching waits for profiles (charter acceptance, goals) before giving up with 504. */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000) PROFILES_RPC_TIMEOUT_MS = 5_000;

  /** How often each replica looks for requests whose mentor did not answer in time. */
  @Type(() => Number) @IsInt() @Min(1) @Max(86_400) REQUEST_EXPIRY_SWEEP_SECONDS = 60;
}
