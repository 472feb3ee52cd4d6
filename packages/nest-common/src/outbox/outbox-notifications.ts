import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { outboxChannel } from './outbox-channel.js';

/** The connection settings of a TypeORM PostgreSQL DataSource, for a client of our own. */
interface PostgresSettings {
  url?: string;
  host?: string;
  port?: number;
  username?: string;
  password?: string | (() => string) | (() => Promise<string>);
  database?: string;
  ssl?: pg.ClientConfig['ssl'];
}

function clientConfig(dataSource: DataSource): pg.ClientConfig {
  const settings = dataSource.options as PostgresSettings;
  return {
    connectionString: settings.url,
    host: settings.host,
    port: settings.port,
    user: settings.username,
    password: settings.password,
    database: settings.database,
    ssl: settings.ssl,
    application_name: 'outbox-relay',
  };
}

/**
 * LISTENs on the outbox channel on a connection of its own (a pooled one
 * would hold a pool slot forever) and calls `onNotify` for each commit that
 * recorded events. When the connection drops it reconnects, and calls
 * `onNotify` once it is back, since commits in between were not heard.
 */
export class OutboxNotifications {
  private client?: pg.Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly onNotify: () => void,
    private readonly logger: Logger,
    private readonly reconnectDelayMs = 1_000,
  ) {}

  /** Resolves once listening; when the database is unreachable, keeps trying in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(clientConfig(this.dataSource));
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.logger.warn({ err: error }, 'outbox: lost the LISTEN connection'));
    client.on('end', () => this.reconnectLater(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(outboxChannel(this.dataSource))}`);
      this.client = client;
      if (this.stopped) await this.stop();
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox: cannot LISTEN for new events; polling until it can');
      await client.end().catch(() => undefined);
    }
  }

  private reconnectLater(client: pg.Client): void {
    if (this.stopped || (this.client !== undefined && this.client !== client)) return;
    this.client = undefined;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      void this.connect().then(() => {
        // Commits made while we were not listening went unheard.
        if (this.client) this.onNotify();
      });
    }, this.reconnectDelayMs);
  }
}
