import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import { MentorAvailability } from './mentor-availability.service.js';

/** Available mentors with a module whose pass is no longer valid at $1. */
const EXPIRED_MENTORS_SQL = `
  SELECT mentor.account_id FROM profiles.mentors mentor
  WHERE mentor.available AND EXISTS (
    SELECT 1 FROM profiles.training_modules module
    WHERE NOT EXISTS (
      SELECT 1 FROM profiles.training_completions completion
      WHERE completion.account_id = mentor.account_id AND completion.module_id = module.id
        AND completion.valid_until > $1
    )
  )`;

/**
 * Time alone makes a mentor unavailable when a training pass expires: nothing
 * else would notice, so this sweep looks for them every TRAINING_EXPIRY_SWEEP_MINUTES.
 */
@Injectable()
export class TrainingExpirySweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TrainingExpirySweep');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROFILES_CONFIG) private readonly config: ProfilesConfig,
    private readonly availability: MentorAvailability,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.logger.error(`Training expiry sweep failed: ${String(error)}`),
      );
    }, this.config.TRAINING_EXPIRY_SWEEP_MINUTES * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Makes unavailable (and announces) every mentor whose training expired; returns how many. */
  async run(now = new Date()): Promise<number> {
    const rows = await this.dataSource.query<{ account_id: string }[]>(EXPIRED_MENTORS_SQL, [now]);
    let changed = 0;
    for (const { account_id: accountId } of rows) {
      const result = await this.dataSource.transaction((manager) =>
        this.availability.refresh(manager, accountId, now),
      );
      if (result?.changed) changed += 1;
    }
    if (changed > 0) this.logger.log(`${changed} mentor(s) unavailable: training expired`);
    return changed;
  }
}
