import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REQUEST_EXPIRED } from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import type { MatchingConfig } from '../config/matching.config.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import { DATA_SOURCE, MATCHING_CONFIG } from '../tokens.js';
import { moveToNextChoice } from './request-routing.js';
import { lockRequest, requestEvent } from './request-store.js';

/**
 * One pending request whose current choice let its deadline pass, locked for
 * this transaction; requests another replica is sweeping (or a mentor is
 * answering right now) are skipped, not waited for. A choice waiting for the
 * mentee's answer to a question has its clock stopped, so it never matches.
 */
const NEXT_EXPIRED_SQL = `
  SELECT request.id FROM matching.requests request
  JOIN matching.request_choices choice
    ON choice.request_id = request.id AND choice.rank = request.current_rank
  WHERE request.status = 'pending' AND choice.outcome = 'waiting' AND choice.expires_at <= $1
  ORDER BY choice.expires_at
  LIMIT 1
  FOR UPDATE OF request SKIP LOCKED`;

/**
 * Time alone moves a request on when its mentor does not answer within the
 * programme's expiry: this sweep, every REQUEST_EXPIRY_SWEEP_SECONDS on each
 * replica, marks the choice expired (evt.matching.request.expired.v1) and
 * sends the request to the next choice, or closes it as `expired`. The
 * mentee sees it on their request (the choice's outcome and the next one's
 * dates); the next mentor is told by request.created.
 */
@Injectable()
export class RequestExpirySweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RequestExpirySweep');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.logger.error(`Request expiry sweep failed: ${String(error)}`),
      );
    }, this.config.REQUEST_EXPIRY_SWEEP_SECONDS * 1_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Moves on every request expired at `now`, one transaction each; returns how many. */
  async run(now = new Date()): Promise<number> {
    let moved = 0;
    while (await this.expireNext(now)) moved += 1;
    if (moved > 0) this.logger.log(`${moved} request(s) moved on: their mentor did not answer in time`);
    return moved;
  }

  private expireNext(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [next] = await manager.query<{ id: string }[]>(NEXT_EXPIRED_SQL, [now]);
      if (!next) return false;
      const locked = await lockRequest(manager, next.id);
      const { request, current } = locked;
      current.outcome = 'expired';
      await manager.save(current);
      await recordEvent(manager, REQUEST_EXPIRED, requestEvent(request, current, now));
      await moveToNextChoice(
        manager,
        locked,
        await findProgramme(manager, request.programmeId),
        'expired',
        now,
      );
      return true;
    });
  }
}
