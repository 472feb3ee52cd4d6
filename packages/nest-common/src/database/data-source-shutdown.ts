import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Closes the pool when the service stops, after NATS has stopped delivering requests. */
export class DataSourceShutdown implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** A provider closing the DataSource found under `token` when the application shuts down. */
export function dataSourceShutdownProvider(token: symbol | string): Provider {
  return {
    provide: DataSourceShutdown,
    useFactory: (dataSource: DataSource) => new DataSourceShutdown(dataSource),
    inject: [token],
  };
}
