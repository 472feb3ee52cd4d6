import type { DataSource } from 'typeorm';
import { pendingSchemaChanges } from './schema-drift.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * The schema checks every service owes (the migration drift check): on a fresh
 * database, its migrations give exactly its entities, every table stays in its
 * own schema, and migrating again changes nothing. Call it from a service's
 * test/schema.integration-spec.ts.
 */
export function describeServiceSchema(
  service: string,
  openDatabase: (url: string) => Promise<DataSource>,
): void {
  describe(`${service} schema`, () => {
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

    it(`has migrations that match the entities exactly (run \`npm run migration:generate -w @passerelle/${service} -- <Name>\`)`, async () => {
      const changes = await pendingSchemaChanges(dataSource);
      expect(changes.up).toEqual([]);
    });

    it(`keeps every table in the ${service} schema`, async () => {
      const tables: { table_schema: string }[] = await dataSource.query(
        `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      expect(tables.map((row) => row.table_schema)).toEqual([service]);
    });

    it('can run the migrations again on an up-to-date database', async () => {
      await expect(dataSource.runMigrations()).resolves.toEqual([]);
    });
  });
}
