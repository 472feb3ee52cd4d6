import { DataSource, type DataSourceOptions } from 'typeorm';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own schema: every table it owns lives there and no other service reads it. */
  schema: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  poolSize?: number;
}

/**
 * What every service's DataSource shares: migrations recorded in the service's
 * schema, one transaction per migration, never `synchronize`.
 */
export function serviceDataSourceDefaults(poolSize = 10) {
  return {
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize },
  } as const satisfies Partial<DataSourceOptions>;
}

/** The one DataSource of a service, used by the app, the migration generator and the tests. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    ...serviceDataSourceDefaults(options.poolSize),
  });
}

/** Connects and brings the schema up to date; a service never starts on an old schema. */
export async function migrateToLatest(dataSource: DataSource): Promise<DataSource> {
  const { schema } = dataSource.options as { schema?: string };
  if (!schema) throw new Error('A service DataSource must name its schema');
  await dataSource.initialize();
  // The migrations table lives in the schema, so the schema must exist first.
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await dataSource.runMigrations();
  return dataSource;
}
