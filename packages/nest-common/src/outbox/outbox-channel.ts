import type { EntityManager } from 'typeorm';

/**
 * The LISTEN/NOTIFY channel of one service's outbox. Channels are per
 * database, and services may share a database with one schema each, so the
 * schema is part of the name.
 */
export function outboxChannel(manager: EntityManager): string {
  const schema = (manager.connection.options as { schema?: string }).schema ?? 'public';
  return `outbox_${schema}`;
}
