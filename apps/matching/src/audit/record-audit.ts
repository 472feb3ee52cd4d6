import type { EntityManager } from 'typeorm';
import { AUDIT_ACTION_PATTERN } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  /** `<aggregate>.<past-tense>`, e.g. `cycle.published`. */
  action: string;
  objectId: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes one audit entry with the manager of the transaction making the
 * change, so the entry exists if and only if the change does.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: ActorRef,
  entry: AuditRecord,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`recordAudit(${entry.action}) must be called with a transaction's EntityManager`);
  }
  if (!AUDIT_ACTION_PATTERN.test(entry.action)) {
    throw new Error(`Audit action "${entry.action}" must look like "cycle.published"`);
  }
  await manager.save(
    manager.create(AuditEntry, {
      actorId: actor.userId,
      actorRole: actor.role,
      action: entry.action,
      objectId: entry.objectId,
      details: entry.details ?? {},
    }),
  );
}
