import type { BeforeApplicationShutdown } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';
import { createLogger } from '../logging/logger.js';
import { natsConnectionOptions } from '../nats/connection-options.js';
import { ensureEventsStream } from '../outbox/events-stream.js';
import { InboxConsumer, type EventHandler, type InboxConsumerStats } from './inbox-consumer.js';

export interface InboxConsumerRunnerSettings {
  /** Names the logs. */
  service: string;
  /** The durable consumer's name (`<service>-<source>`); also names its NATS connection. */
  name: string;
  /** One filter subject such as `evt.profiles.>`: nats-server 2.9 takes no more. */
  subjects: string[];
  handle: EventHandler;
  config: Pick<ServiceConfig, 'NATS_URL' | 'LOG_LEVEL' | 'EVENTS_STREAM_SETUP' | 'EVENTS_STREAM_REPLICAS'>;
}

/**
 * A service's InboxConsumer as part of its Nest application: `start()` it
 * once the application is initialised; it stops before the DataSource closes
 * (`beforeApplicationShutdown` runs before every `onApplicationShutdown`),
 * finishing the event in hand. A service extends it once per durable
 * consumer, so each has its own class to be found by.
 */
export class InboxConsumerRunner implements BeforeApplicationShutdown {
  private consumer?: InboxConsumer;
  private nats?: NatsConnection;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: InboxConsumerRunnerSettings,
  ) {}

  /** Events applied and skipped so far; undefined before the start. */
  get stats(): InboxConsumerStats | undefined {
    return this.consumer?.stats;
  }

  async start(): Promise<void> {
    const { service, name, subjects, handle, config } = this.settings;
    // A connection of its own: Nest closes the service's connection before this hook runs.
    this.nats = await connect(natsConnectionOptions(config.NATS_URL, `${name}-inbox`));
    if (config.EVENTS_STREAM_SETUP) {
      // The outbox relay creates the stream too, but in the background: the consumer needs it now.
      await ensureEventsStream(await jetstreamManager(this.nats), {
        replicas: config.EVENTS_STREAM_REPLICAS,
      });
    }
    this.consumer = new InboxConsumer({
      dataSource: this.dataSource,
      nats: this.nats,
      logger: createLogger(service, config.LOG_LEVEL).child({ component: name }),
      name,
      subjects,
      handle,
      // Where an administrator sets JetStream up (infra/nats), the consumer is theirs to create too.
      manageConsumer: config.EVENTS_STREAM_SETUP,
    });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    if (this.nats && !this.nats.isClosed()) await this.nats.close();
  }
}
