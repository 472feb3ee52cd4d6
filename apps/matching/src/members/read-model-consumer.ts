import type { BeforeApplicationShutdown, Provider } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import {
  createLogger,
  ensureEventsStream,
  InboxConsumer,
  natsConnectionOptions,
} from '@passerelle/nest-common';
import type { MatchingConfig } from '../config/matching.config.js';
import { DATA_SOURCE, MATCHING_CONFIG } from '../tokens.js';
import { applyProfilesEvent } from './profiles-events.js';

/** The durable JetStream consumer of the profiles events (infra/nats gives the matching user its subjects). */
export const READ_MODEL_CONSUMER = 'matching-profiles';
/** One filter subject: nats-server 2.9 takes no more. */
export const READ_MODEL_SUBJECTS = ['evt.profiles.>'];

/**
 * Feeds the members read model from the profiles events, as part of the
 * service: `start()` once the application is initialised; it stops before
 * the DataSource closes, finishing the event in hand.
 */
export class ReadModelConsumer implements BeforeApplicationShutdown {
  private consumer?: InboxConsumer;
  private nats?: NatsConnection;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MatchingConfig,
  ) {}

  get stats(): InboxConsumer['stats'] | undefined {
    return this.consumer?.stats;
  }

  async start(): Promise<void> {
    this.nats = await connect(natsConnectionOptions(this.config.NATS_URL, `${READ_MODEL_CONSUMER}-inbox`));
    if (this.config.EVENTS_STREAM_SETUP) {
      // The outbox relay creates the stream too, but in the background: the consumer needs it now.
      await ensureEventsStream(await jetstreamManager(this.nats), {
        replicas: this.config.EVENTS_STREAM_REPLICAS,
      });
    }
    this.consumer = new InboxConsumer({
      dataSource: this.dataSource,
      nats: this.nats,
      logger: createLogger('matching', this.config.LOG_LEVEL).child({ component: 'read-model' }),
      name: READ_MODEL_CONSUMER,
      subjects: READ_MODEL_SUBJECTS,
      handle: applyProfilesEvent,
      // Where an administrator sets JetStream up (infra/nats), the consumer is theirs to create too.
      manageConsumer: this.config.EVENTS_STREAM_SETUP,
    });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    if (this.nats && !this.nats.isClosed()) await this.nats.close();
  }
}

export const readModelConsumerProvider: Provider = {
  provide: ReadModelConsumer,
  useFactory: (dataSource: DataSource, config: MatchingConfig) => new ReadModelConsumer(dataSource, config),
  inject: [DATA_SOURCE, MATCHING_CONFIG],
};
