/**
 * Writes a migration for whatever the entities changed:
 *   npm run migration:generate -w @passerelle/matching -- AddSkills
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMigrationCli } from '@passerelle/testing';
import { openDatabase } from './data-source.js';

await generateMigrationCli({
  // Sources live in src/, this script runs from dist/.
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations'),
  openDatabase: (url) => openDatabase(url),
});
