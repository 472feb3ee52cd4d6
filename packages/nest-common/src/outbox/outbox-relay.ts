import { setTimeout as sleep } from 'node:timers/promises';
import { jetstream, jetstreamManager, type JetStreamClient, type PubAck } from '@nats-io/jetstream';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { HEADER } from '../context/nats-headers.js';
import { cappedBackoff, type BackoffPolicy } from './capped-backoff.js';
import { ensureEventsStream, type EventsStreamOptions } from './events-stream.js';
import { schemaOf } from './outbox-channel.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxNotifications } from './outbox-notifications.js';
import { WakeSignal } from './wake-signal.js';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The relay publishes on it; the caller opens and closes it. */
  nats: NatsConnection;
  logger: Logger;
  /** Rows published per transaction. */
  batchSize?: number;
  /** How long to wait for JetStream's acknowledgement of one message. */
  publishTimeoutMs?: number;
  /** A safety net: look for rows even when no notification came (e.g. while LISTEN reconnects). */
  pollIntervalMs?: number;
  /**
   * Wake on the NOTIFY sent at commit (default). `false` to rely on polling
   * alone, where LISTEN cannot work (PgBouncer in transaction mode).
   */
  listen?: boolean;
  /** Published rows are deleted after this many days (checked hourly); the stream keeps the events. */
  keepPublishedDays?: number;
  /** Waits between attempts while NATS, JetStream or the database fail. */
  backoff?: BackoffPolicy;
  /**
   * Creates or updates the EVENTS stream before publishing (retrying until it
   * can). `false` where an administrator manages streams and the service's
   * NATS user may not (infra/nats).
   */
  stream?: EventsStreamOptions | false;
}

export interface OutboxRelayStats {
  /** Messages JetStream stored. */
  published: number;
  /** Messages JetStream had already stored under the same id (a row published before its mark was lost). */
  duplicates: number;
  /** Publish or database attempts that failed and will be retried. */
  failures: number;
}

type BatchOutcome = 'drained' | 'more' | 'busy' | 'failed';

/**
 * Publishes the outbox to JetStream, oldest row first, each with `Nats-Msg-Id`
 * = row id, and marks the rows published. A row stays until JetStream has
 * acknowledged it: while NATS, JetStream or the database are away the relay
 * retries with a capped backoff and drops nothing. A row published but not
 * marked (relay killed in between) is published again, and JetStream drops the
 * copy as a duplicate.
 *
 * It wakes on the NOTIFY that recordEvent sends at commit, and polls every
 * `pollIntervalMs` in case a notification was missed.
 *
 * Several replicas may run it. Each batch is one transaction that first takes
 * a transaction-level advisory lock named after the schema; a replica that
 * does not get it skips the round. We chose one lock per service over
 * `FOR UPDATE SKIP LOCKED`: with SKIP LOCKED two replicas publish disjoint
 * batches at the same time, so a later event can reach the stream before an
 * earlier one; one publisher at a time keeps the stream in outbox order, and
 * one relay publishes far more events than a service records. The lock goes
 * with the transaction, so a relay that dies hands over at once.
 */
export class OutboxRelay {
  readonly stats: OutboxRelayStats = { published: 0, duplicates: 0, failures: 0 };

  private readonly dataSource: DataSource;
  private readonly nats: NatsConnection;
  private readonly stream: EventsStreamOptions | false;
  private readonly js: JetStreamClient;
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly publishTimeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly backoff: BackoffPolicy;
  private readonly lockName: string;
  private readonly keepPublishedDays: number;
  private nextCleanupAt = 0;
  private readonly wake = new WakeSignal();
  private readonly notifications?: OutboxNotifications;
  private stopping = new AbortController();
  private running?: Promise<void>;

  constructor(options: OutboxRelayOptions) {
    this.dataSource = options.dataSource;
    this.nats = options.nats;
    this.stream = options.stream ?? {};
    this.js = jetstream(options.nats);
    this.logger = options.logger;
    this.batchSize = options.batchSize ?? 100;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 2_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.backoff = options.backoff ?? { initialMs: 100, maxMs: 5_000 };
    this.lockName = `passerelle.outbox.${schemaOf(this.dataSource)}`;
    this.keepPublishedDays = options.keepPublishedDays ?? 7;
    if (options.listen !== false) {
      this.notifications = new OutboxNotifications(this.dataSource, () => this.wake.ring(), this.logger);
    }
  }

  /** Starts listening and publishing in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = new AbortController();
    await this.notifications?.start();
    this.running = this.run();
  }

  /** Finishes the batch in flight (marking what it published) and stops. Call before closing the DataSource. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping.abort();
    this.wake.ring();
    await this.running;
    this.running = undefined;
    await this.notifications?.stop();
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  private async run(): Promise<void> {
    if (this.stream) await this.setUpStream(this.stream);
    let failuresInARow = 0;
    while (!this.stopped) {
      const outcome = await this.relayBatch();
      if (outcome === 'failed') {
        failuresInARow += 1;
        await this.pause(cappedBackoff(failuresInARow, this.backoff));
        continue;
      }
      failuresInARow = 0;
      if (outcome === 'more') continue;
      await this.deleteOldPublishedRows();
      await this.wake.wait(this.pollIntervalMs);
    }
  }

  /** Retries until it works: the service keeps answering requests meanwhile, and the outbox keeps every event. */
  private async setUpStream(stream: EventsStreamOptions): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt += 1) {
      try {
        await ensureEventsStream(await jetstreamManager(this.nats), stream);
        return;
      } catch (error) {
        this.stats.failures += 1;
        this.logger.error({ err: error }, 'outbox: cannot create or update the EVENTS stream; retrying');
        await this.pause(cappedBackoff(attempt, this.backoff));
      }
    }
  }

  private async relayBatch(): Promise<BatchOutcome> {
    try {
      return await this.dataSource.transaction((manager) => this.publishLockedBatch(manager));
    } catch (error) {
      this.stats.failures += 1;
      this.logger.warn({ err: error }, 'outbox: could not read or mark the outbox; retrying');
      return 'failed';
    }
  }

  private async publishLockedBatch(manager: EntityManager): Promise<BatchOutcome> {
    const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
      this.lockName,
    ])) as [{ locked: boolean }];
    if (!locked) return 'busy';

    const rows = await manager.find(OutboxMessage, {
      where: { publishedAt: IsNull() },
      order: { position: 'ASC' },
      take: this.batchSize,
    });
    const published: string[] = [];
    let failed = false;
    for (const row of rows) {
      if (this.stopped) break;
      try {
        const ack = await this.publish(row);
        published.push(row.id);
        if (ack.duplicate) this.stats.duplicates += 1;
        else this.stats.published += 1;
      } catch (error) {
        // Stop at the first failure: publishing the rows after it would put them ahead of it in the stream.
        failed = true;
        this.stats.failures += 1;
        this.logger.warn(
          { err: error, eventId: row.id, subject: row.subject },
          'outbox: publish failed; retrying',
        );
        await manager.update(OutboxMessage, row.id, {
          attempts: () => 'attempts + 1',
          lastError: error instanceof Error ? error.message : String(error),
        });
        break;
      }
    }
    if (published.length > 0) {
      await manager.update(OutboxMessage, { id: In(published) }, { publishedAt: () => 'clock_timestamp()' });
    }
    if (failed) return 'failed';
    return rows.length === this.batchSize ? 'more' : 'drained';
  }

  /** Keeps the table small; the partial index already keeps the relay's query fast however big it grows. */
  private async deleteOldPublishedRows(): Promise<void> {
    if (Date.now() < this.nextCleanupAt) return;
    this.nextCleanupAt = Date.now() + 3_600_000;
    try {
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(OutboxMessage)
        .where(`published_at < now() - make_interval(days => :days)`, { days: this.keepPublishedDays })
        .execute();
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox: could not delete old published rows');
    }
  }

  private publish(row: OutboxMessage): Promise<PubAck> {
    const messageHeaders = headers();
    if (row.correlationId) messageHeaders.set(HEADER.correlationId, row.correlationId);
    return this.js.publish(row.subject, JSON.stringify(row.payload), {
      msgID: row.id,
      headers: messageHeaders,
      timeout: this.publishTimeoutMs,
    });
  }

  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }
}
