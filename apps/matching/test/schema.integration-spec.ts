import { createTestDatabase, pendingSchemaChanges, type TestDatabase } from '@passerelle/testing';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source.js';

describe('matching schema', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDatabase(database.url);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('has migrations that match the entities exactly (run `npm run migration:generate -w @passerelle/matching -- <Name>`)', async () => {
    const changes = await pendingSchemaChanges(dataSource);
    expect(changes.up).toEqual([]);
  });

  it('keeps every table in the matching schema', async () => {
    const tables: { table_schema: string }[] = await dataSource.query(
      `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((row) => row.table_schema)).toEqual(['matching']);
  });

  it('can run the migrations again on an up-to-date database', async () => {
    await expect(dataSource.runMigrations()).resolves.toEqual([]);
  });
});
