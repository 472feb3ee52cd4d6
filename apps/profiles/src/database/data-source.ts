import { DataSource } from 'typeorm';
import { migrateToLatest, OutboxMessage, serviceDataSourceDefaults } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { RefreshToken } from '../sessions/refresh-token.entity.js';
import { migrations } from './migrations/index.js';

/** Every table of this service lives in its own schema; no other service reads it. */
export const PROFILES_SCHEMA = 'profiles';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    schema: PROFILES_SCHEMA,
    entities: [Account, RefreshToken, OutboxMessage],
    migrations,
    ...serviceDataSourceDefaults(poolSize),
  });
}

/** Connects and brings the schema up to date; the app never starts on an old schema. */
export function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return migrateToLatest(createDataSource(url, poolSize));
}
