import { randomUUID } from 'node:crypto';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { waitUntil } from './nats-server.js';

/**
 * Publishes events on a test's JetStream as a service's outbox relay does
 * (`Nats-Msg-Id` = the event id), to feed the service under test. A test
 * file extends it with one method per event it sends.
 */
export class EventPublisher {
  constructor(
    private readonly connection: NatsConnection,
    private readonly js: JetStreamClient,
  ) {}

  static async connect<T extends EventPublisher>(
    this: new (connection: NatsConnection, js: JetStreamClient) => T,
    natsUrl: string,
  ): Promise<T> {
    const connection = await connect({ servers: natsUrl, name: 'events-test' });
    return new this(connection, jetstream(connection));
  }

  /** Publishes one event; the same `id` again is what a redelivery or a replay looks like. */
  async publish(subject: string, payload: object, id: string = randomUUID()): Promise<string> {
    await this.js.publish(subject, JSON.stringify(payload), { msgID: id });
    return id;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/** What an inbox consumer has done so far (InboxConsumer's stats). */
export interface HandledCounts {
  applied: number;
  skipped: number;
}

/**
 * Waits for a service's inbox consumer to handle the events a test
 * published: it handles them in order, so counting them is enough.
 */
export class HandledEvents {
  private handled = 0;

  constructor(
    private readonly stats: () => HandledCounts | undefined,
    private readonly what = 'events',
  ) {}

  /** Waits until `count` more events have been handled (applied, or skipped as already applied). */
  async settle(count = 1): Promise<void> {
    this.handled += count;
    const target = this.handled;
    await waitUntil(async () => {
      const stats = this.stats();
      return stats !== undefined && stats.applied + stats.skipped >= target;
    }, `${target} ${this.what} handled`);
  }
}
