/**
 * Writes a migration for whatever the entities changed:
 *   npm run migration:generate -w @passerelle/profiles -- AddSkills
 * It runs the existing migrations on a scratch database, asks TypeORM for the
 * remaining difference and writes it under src/database/migrations/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from './data-source.js';
import { pendingSchemaChanges, renderMigration } from './schema-drift.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('Usage: migration:generate <PascalCaseName>');
  process.exit(2);
}

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const scratch = `passerelle_migration_${Date.now()}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${scratch}"`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const dataSource = await openDatabase(url.toString());
  const changes = await pendingSchemaChanges(dataSource);
  await dataSource.destroy();
  if (changes.up.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    // Sources live in src/, this script runs from dist/.
    const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
    writeFileSync(join(migrationsDir, `${timestamp}-${name}.ts`), renderMigration(className, changes));
    const indexPath = join(migrationsDir, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(
        /^(\/\/ generated imports\n)/m,
        `$1import { ${className} } from './${timestamp}-${name}.js';\n`,
      )
      .replace(/(\n\];)/, `\n  ${className},$1`);
    writeFileSync(indexPath, index);
    console.log(`Wrote src/database/migrations/${timestamp}-${name}.ts (${changes.up.length} statements).`);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await admin.end();
}
