import type { DataSource } from 'typeorm';

/**
 * The LISTEN/NOTIFY channel of one service's outbox. Channels are per
 * database, and services may share a database with one schema each, so the
 * schema is part of the name.
 */
export function outboxChannel(dataSource: DataSource): string {
  return `outbox_${schemaOf(dataSource)}`;
}

export function schemaOf(dataSource: DataSource): string {
  return (dataSource.options as { schema?: string }).schema ?? 'public';
}
