import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  createTestDatabase,
  startNatsServer,
  type TestDatabase,
  type TestNatsServer,
} from '@passerelle/testing';
import { pino, type Logger } from 'pino';
import { DataSource, type EntitySchema } from 'typeorm';
import { natsConnectionOptions } from '../../src/nats/connection-options.js';
import { EVENTS_STREAM, ensureEventsStream } from '../../src/outbox/events-stream.js';

export const TEST_SCHEMA = 'bus_test';

export interface StreamedEvent {
  id: string;
  subject: string;
  payload: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes as Function.
type EntityClass = Function | EntitySchema;

/**
 * What the outbox and inbox tests share: a fresh database with one schema, a
 * private JetStream server with the EVENTS stream, and ways to look at both.
 */
export class EventBusFixture {
  readonly logger: Logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  private readonly dataSources: DataSource[] = [];
  private readonly connections: NatsConnection[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly nats: TestNatsServer,
    readonly jsm: JetStreamManager,
    private readonly entities: EntityClass[],
  ) {}

  static async start(entities: EntityClass[]): Promise<EventBusFixture> {
    const database = await createTestDatabase();
    const nats = await startNatsServer();
    const admin = await connect(natsConnectionOptions(nats.url, 'test-admin'));
    const jsm = await jetstreamManager(admin);
    await ensureEventsStream(jsm);
    const fixture = new EventBusFixture(database, nats, jsm, entities);
    fixture.connections.push(admin);
    const first = await fixture.openDataSource({ createTables: true });
    await first.destroy();
    return fixture;
  }

  /** A DataSource on the test schema, as a service replica would have its own. */
  async openDataSource(options: { createTables?: boolean } = {}): Promise<DataSource> {
    const dataSource = new DataSource({
      type: 'postgres',
      url: this.database.url,
      schema: TEST_SCHEMA,
      entities: this.entities,
      synchronize: false,
      extra: { max: 4 },
    });
    await dataSource.initialize();
    if (options.createTables) {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${TEST_SCHEMA}`);
      await dataSource.synchronize();
    }
    this.dataSources.push(dataSource);
    return dataSource;
  }

  async connectNats(name: string): Promise<NatsConnection> {
    const connection = await connect(natsConnectionOptions(this.nats.url, name));
    this.connections.push(connection);
    return connection;
  }

  /** Every message in the EVENTS stream, in stream order. */
  async streamedEvents(): Promise<StreamedEvent[]> {
    const { state } = await this.jsm.streams.info(EVENTS_STREAM);
    const events: StreamedEvent[] = [];
    if (state.messages === 0) return events;
    for (let seq = state.first_seq; seq <= state.last_seq; seq += 1) {
      const message = await this.jsm.streams.getMessage(EVENTS_STREAM, { seq });
      if (!message) continue;
      events.push({
        id: message.header.get('Nats-Msg-Id'),
        subject: message.subject,
        payload: message.json(),
      });
    }
    return events;
  }

  async streamedCount(): Promise<number> {
    const { state } = await this.jsm.streams.info(EVENTS_STREAM);
    return state.messages;
  }

  /** Empties the stream and the given tables so each test starts clean. */
  async reset(tables: string[]): Promise<void> {
    await this.jsm.streams.purge(EVENTS_STREAM);
    const dataSource = await this.openDataSource();
    await dataSource.query(`TRUNCATE ${tables.map((table) => `${TEST_SCHEMA}.${table}`).join(', ')}`);
  }

  async dispose(): Promise<void> {
    for (const dataSource of this.dataSources) if (dataSource.isInitialized) await dataSource.destroy();
    for (const connection of this.connections) if (!connection.isClosed()) await connection.close();
    await this.nats.dispose();
    await this.database.drop();
  }
}
