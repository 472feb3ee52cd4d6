import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createLogger, natsConnectionOptions, OutboxRelay } from '@passerelle/nest-common';
import type { DataSource } from 'typeorm';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';

/**
 * Runs the outbox relay of the profiles service: what the service records
 * with `recordEvent` reaches the EVENTS stream. It stops before the
 * DataSource closes (`beforeApplicationShutdown` runs before every
 * `onApplicationShutdown`), finishing the batch in flight.
 */
@Injectable()
export class ProfilesOutbox implements BeforeApplicationShutdown {
  private relay?: OutboxRelay;
  private nats?: NatsConnection;

  constructor(
    @Inject(PROFILES_CONFIG) private readonly config: ProfilesConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async start(): Promise<void> {
    // A connection of its own: Nest closes the service's connection before our shutdown hook runs.
    this.nats = await connect(natsConnectionOptions(this.config.NATS_URL, 'profiles-outbox'));
    this.relay = new OutboxRelay({
      dataSource: this.dataSource,
      nats: this.nats,
      logger: createLogger('profiles', this.config.LOG_LEVEL).child({ component: 'outbox-relay' }),
      stream: this.config.EVENTS_STREAM_SETUP && { replicas: this.config.EVENTS_STREAM_REPLICAS },
    });
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    // close(), not drain(): nothing is in flight once the relay stopped, and drain would wait for a NATS that is down.
    if (this.nats && !this.nats.isClosed()) await this.nats.close();
  }
}
