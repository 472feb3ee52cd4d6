import type { DataSource } from 'typeorm';

export interface SchemaChanges {
  up: string[];
  down: string[];
}

/**
 * The SQL TypeORM would run to make the database match the entities. Empty
 * after the migrations have run means entities and migrations agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaChanges> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => query.query),
    // Undoing runs in the reverse order of doing.
    down: log.downQueries.map((query) => query.query).reverse(),
  };
}

const quote = (sql: string): string =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** The source of a migration class performing `changes`. */
export function renderMigration(className: string, changes: SchemaChanges): string {
  const statements = (queries: string[]): string =>
    queries.map((sql) => `    await queryRunner.query(${quote(sql)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(changes.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(changes.down)}
  }
}
`;
}
