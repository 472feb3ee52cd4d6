import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { pendingSchemaChanges, renderMigration } from './schema-drift.js';
import { createTestDatabase } from './test-database.js';

export interface GenerateMigrationOptions {
  /** PascalCase, e.g. `AddSkills`. */
  name: string;
  /** The service's `src/database/migrations` folder, holding `index.ts`. */
  migrationsDir: string;
  /** Opens the service's DataSource on `url` with every existing migration applied. */
  openDatabase(url: string): Promise<DataSource>;
}

/**
 * Writes a migration for whatever a service's entities changed: runs the
 * existing migrations on a scratch database, asks TypeORM for the remaining
 * difference, writes it as `<timestamp>-<name>.ts` and lists it in `index.ts`.
 * Returns the file written, or undefined when entities and migrations agree.
 */
export async function generateMigration(options: GenerateMigrationOptions): Promise<string | undefined> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(options.name))
    throw new Error(`Migration names are PascalCase, got "${options.name}"`);
  const scratch = await createTestDatabase('passerelle_migration');
  try {
    const dataSource = await options.openDatabase(scratch.url);
    const changes = await pendingSchemaChanges(dataSource);
    await dataSource.destroy();
    if (changes.up.length === 0) return undefined;
    const timestamp = Date.now();
    const className = `${options.name}${timestamp}`;
    const file = `${timestamp}-${options.name}.ts`;
    writeFileSync(join(options.migrationsDir, file), renderMigration(className, changes));
    const indexPath = join(options.migrationsDir, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(
        /^(\/\/ generated imports\n)/m,
        `$1import { ${className} } from './${timestamp}-${options.name}.js';\n`,
      )
      .replace(/(\n\];)/, `\n  ${className},$1`);
    writeFileSync(indexPath, index);
    return join(options.migrationsDir, file);
  } finally {
    await scratch.drop();
  }
}

/**
 * The body of each service's `migration:generate` script:
 * `npm run migration:generate -w @passerelle/<service> -- <Name>`.
 */
export async function generateMigrationCli(
  options: Omit<GenerateMigrationOptions, 'name'>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  const name = argv[0];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('Usage: migration:generate <PascalCaseName>');
    process.exitCode = 2;
    return;
  }
  const written = await generateMigration({ ...options, name });
  console.log(
    written
      ? `Wrote ${written}: review it before committing.`
      : 'Entities and migrations agree: nothing to generate.',
  );
}
