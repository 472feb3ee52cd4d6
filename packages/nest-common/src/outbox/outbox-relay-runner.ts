import type { BeforeApplicationShutdown, Provider } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';
import { createLogger } from '../logging/logger.js';
import { natsConnectionOptions } from '../nats/connection-options.js';
import { OutboxRelay } from './outbox-relay.js';

export interface OutboxRelayRunnerSettings {
  /** Names the relay's NATS connection (`<service>-outbox`) and its logs. */
  service: string;
  config: Pick<ServiceConfig, 'NATS_URL' | 'LOG_LEVEL' | 'EVENTS_STREAM_SETUP' | 'EVENTS_STREAM_REPLICAS'>;
}

/**
 * A service's outbox relay as part of its Nest application: `start()` it
 * once the application is initialised; it stops before the DataSource closes
 * (`beforeApplicationShutdown` runs before every `onApplicationShutdown`),
 * finishing the batch in flight.
 */
export class OutboxRelayRunner implements BeforeApplicationShutdown {
  private relay?: OutboxRelay;
  private nats?: NatsConnection;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: OutboxRelayRunnerSettings,
  ) {}

  async start(): Promise<void> {
    const { service, config } = this.settings;
    // A connection of its own: Nest closes the service's connection before this hook runs.
    this.nats = await connect(natsConnectionOptions(config.NATS_URL, `${service}-outbox`));
    this.relay = new OutboxRelay({
      dataSource: this.dataSource,
      nats: this.nats,
      logger: createLogger(service, config.LOG_LEVEL).child({ component: 'outbox-relay' }),
      stream: config.EVENTS_STREAM_SETUP && { replicas: config.EVENTS_STREAM_REPLICAS },
    });
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    // close(), not drain(): nothing is in flight once the relay stopped, and drain would wait for a NATS that is down.
    if (this.nats && !this.nats.isClosed()) await this.nats.close();
  }
}

/** Provides the OutboxRelayRunner of the DataSource found under `dataSourceToken`. */
export function outboxRelayRunnerProvider(
  dataSourceToken: symbol | string,
  settings: OutboxRelayRunnerSettings,
): Provider {
  return {
    provide: OutboxRelayRunner,
    useFactory: (dataSource: DataSource) => new OutboxRelayRunner(dataSource, settings),
    inject: [dataSourceToken],
  };
}
