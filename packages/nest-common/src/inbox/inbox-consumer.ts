import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { HEADER } from '../context/nats-headers.js';
import { correlationIdFrom, runInRequestContext } from '../context/request-context.js';
import { cappedBackoff, type BackoffPolicy } from '../outbox/capped-backoff.js';
import { EVENTS_STREAM } from '../outbox/events-stream.js';
import { InboxMessage } from './inbox-message.entity.js';

/** An event as a handler receives it. */
export interface ReceivedEvent {
  /** The `Nats-Msg-Id`, unique per event: the publisher's outbox id. */
  id: string;
  subject: string;
  payload: unknown;
  correlationId: string;
  /** 1 on the first delivery. */
  attempt: number;
}

/**
 * Applies one event. It runs inside the transaction that records the event in
 * the inbox: write through `manager` only, and throw to have nothing applied
 * and the event delivered again later.
 */
export type EventHandler = (manager: EntityManager, event: ReceivedEvent) => Promise<void>;

export interface InboxConsumerOptions {
  dataSource: DataSource;
  /** The consumer fetches on it; the caller opens and closes it. */
  nats: NatsConnection;
  logger: Logger;
  /** The durable consumer's name, also the inbox rows' `consumer`: one per service and purpose. */
  name: string;
  /** Subjects to receive, wildcards allowed. Several need nats-server 2.10 or later. */
  subjects: string[];
  handle: EventHandler;
  /** Deliveries of one event before it is parked. */
  maxAttempts?: number;
  /** Delay before each new delivery of a failed event. */
  retryBackoff?: BackoffPolicy;
  /** How long JetStream waits for an acknowledgement before delivering again. */
  ackWaitMs?: number;
  /**
   * Creates or updates the durable consumer at start (default). `false` where
   * an administrator creates it and the service's NATS user may only read
   * through it (infra/nats/users.conf).
   */
  manageConsumer?: boolean;
}

export interface InboxConsumerStats {
  applied: number;
  /** Deliveries of events already applied (or parked), acknowledged without running the handler. */
  skipped: number;
  /** Failed attempts that will be retried. */
  retried: number;
  parked: number;
}

type Outcome = 'applied' | 'skipped';

/**
 * A durable JetStream consumer of the EVENTS stream that applies each event
 * once. The handler runs in a transaction that first inserts (consumer, event
 * id) into the inbox table; if that row already exists, the event was applied
 * before (a redelivery after a lost ack, or a copy republished after the
 * stream's duplicate window) and is acknowledged without running the handler.
 * The message is acknowledged only after the commit; on failure it is
 * negatively acknowledged with a growing delay. After `maxAttempts`
 * deliveries it is parked: an inbox row with `parked_at`, the error and the
 * payload is written, the message is terminated (JetStream stops delivering
 * it) and an error is logged; the consumer moves on.
 *
 * Events are handled one at a time in stream order; an event being retried
 * lets the following ones pass. Replicas of a service share the durable
 * consumer, so each event goes to one of them (and the inbox still catches a
 * copy that reaches two).
 */
export class InboxConsumer {
  readonly stats: InboxConsumerStats = { applied: 0, skipped: 0, retried: 0, parked: 0 };

  private readonly maxAttempts: number;
  private readonly retryBackoff: BackoffPolicy;
  private readonly ackWaitMs: number;
  private messages?: ConsumerMessages;
  private running?: Promise<void>;

  constructor(private readonly options: InboxConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBackoff = options.retryBackoff ?? { initialMs: 1_000, maxMs: 60_000 };
    this.ackWaitMs = options.ackWaitMs ?? 30_000;
  }

  /** Starts handling events in the background, once the durable consumer exists. */
  async start(): Promise<void> {
    if (this.running) return;
    if (this.options.manageConsumer !== false) {
      await this.ensureDurableConsumer(await jetstreamManager(this.options.nats));
    }
    const consumer = await jetstream(this.options.nats).consumers.get(EVENTS_STREAM, this.options.name);
    // Few messages fetched ahead: those not handled at stop() come back only after ack_wait.
    const messages = await consumer.consume({ max_messages: 10 });
    this.messages = messages;
    this.running = (async () => {
      for await (const message of messages) {
        // An ack or nak can fail when the connection is closing: JetStream will deliver the event again.
        await this.process(message).catch((error: unknown) =>
          this.options.logger.warn({ err: error }, 'inbox: could not settle a message'),
        );
      }
    })();
  }

  /** Finishes the event in hand and stops; the durable consumer keeps our place for next time. */
  async stop(): Promise<void> {
    await this.messages?.close();
    await this.running;
    this.messages = undefined;
    this.running = undefined;
  }

  private async ensureDurableConsumer(manager: JetStreamManager): Promise<void> {
    const { name, subjects } = this.options;
    const settings: Partial<ConsumerConfig> = {
      ack_wait: nanos(this.ackWaitMs),
      // We count attempts ourselves and park; JetStream must not give up silently first.
      max_deliver: -1,
      ...(subjects.length === 1 ? { filter_subject: subjects[0] } : { filter_subjects: subjects }),
    };
    try {
      await manager.consumers.info(EVENTS_STREAM, name);
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) {
        await manager.consumers.add(EVENTS_STREAM, {
          ...settings,
          durable_name: name,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
        });
        return;
      }
      throw error;
    }
    await manager.consumers.update(EVENTS_STREAM, name, settings);
  }

  private async process(message: JsMsg): Promise<void> {
    const event = this.toEvent(message);
    await runInRequestContext({ correlationId: event.correlationId }, async () => {
      try {
        const outcome = await this.options.dataSource.transaction((manager) => this.apply(manager, event));
        message.ack();
        this.stats[outcome] += 1;
      } catch (error) {
        await this.fail(message, event, error);
      }
    });
  }

  private toEvent(message: JsMsg): ReceivedEvent {
    let payload: unknown;
    try {
      payload = message.json();
    } catch {
      // Not JSON: the handler will reject it, and after the retries it is parked as it is.
      payload = message.string();
    }
    return {
      // Every event we publish has an id; a message from elsewhere without one is known by its place in the stream.
      id: message.headers?.get('Nats-Msg-Id') || `${EVENTS_STREAM}:${message.seq}`,
      subject: message.subject,
      payload,
      correlationId: correlationIdFrom(message.headers?.get(HEADER.correlationId)),
      attempt: message.info.deliveryCount,
    };
  }

  private async apply(manager: EntityManager, event: ReceivedEvent): Promise<Outcome> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(InboxMessage)
      .values({ consumer: this.options.name, eventId: event.id, subject: event.subject })
      .orIgnore()
      .returning(['event_id'])
      .execute();
    // No row back: the event is already in the inbox (applied or parked).
    if ((inserted.raw as unknown[]).length === 0) return 'skipped';
    await this.options.handle(manager, event);
    return 'applied';
  }

  private async fail(message: JsMsg, event: ReceivedEvent, error: unknown): Promise<void> {
    const context = { err: error, eventId: event.id, subject: event.subject, attempt: event.attempt };
    if (event.attempt < this.maxAttempts) {
      this.stats.retried += 1;
      this.options.logger.warn(context, 'inbox: handling an event failed; it will be delivered again');
      message.nak(cappedBackoff(event.attempt, this.retryBackoff));
      return;
    }
    try {
      await this.park(event, error);
    } catch (parkError) {
      // The database may be what fails: keep the event in JetStream and try again later.
      this.options.logger.warn({ ...context, parkError }, 'inbox: could not park an event; retrying');
      message.nak(this.retryBackoff.maxMs);
      return;
    }
    message.term(`parked after ${event.attempt} attempts`);
    this.stats.parked += 1;
    this.options.logger.error(context, 'inbox: event parked after repeated failures');
  }

  private async park(event: ReceivedEvent, error: unknown): Promise<void> {
    await this.options.dataSource
      .createQueryBuilder()
      .insert()
      .into(InboxMessage)
      .values({
        consumer: this.options.name,
        eventId: event.id,
        subject: event.subject,
        parkedAt: () => 'now()',
        error: error instanceof Error ? error.message : String(error),
        payload: event.payload as object,
      })
      .orIgnore()
      .execute();
  }
}
