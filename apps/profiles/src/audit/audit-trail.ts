import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AUDIT_ACTION_PATTERN,
  pageOf,
  type AuditEntryPage,
  type AuditEntryView,
  type ListAuditEntriesRequest,
  type Role,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { requireStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  /** The account that acted; null for the system. */
  actorId: string | null;
  actorRole: Role | null;
  /** `<aggregate>.<past-tense>`, e.g. `mentor.approved`. */
  action: string;
  /** The account the action is about, if any. */
  subjectId?: string | null;
  /** Another object touched (charter version, tag...), as its id. */
  objectId?: string | null;
  reason?: string | null;
  /** Small facts worth keeping (before/after values); no secrets. */
  details?: Record<string, unknown>;
}

/** Builds an AuditRecord's actor part from the RPC actor. */
export const auditActor = (actor: ActorRef): Pick<AuditRecord, 'actorId' | 'actorRole'> => ({
  actorId: actor.userId,
  actorRole: actor.role,
});

/**
 * The shared audit log. Call `record` with the manager of the transaction
 * that makes the audited change, so the entry exists if and only if the
 * change does.
 */
@Injectable()
export class AuditTrail {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction the entry could be kept while the change is rolled back (or the reverse).
      throw new Error(`AuditTrail.record(${entry.action}) must be called with a transaction's EntityManager`);
    }
    if (!AUDIT_ACTION_PATTERN.test(entry.action)) {
      throw new Error(`Audit action "${entry.action}" must look like "mentor.approved"`);
    }
    return manager.save(
      manager.create(AuditEntry, {
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        action: entry.action,
        subjectId: entry.subjectId ?? null,
        objectId: entry.objectId ?? null,
        reason: entry.reason ?? null,
        details: entry.details ?? {},
      }),
    );
  }

  async list(actor: ActorRef, query: ListAuditEntriesRequest): Promise<AuditEntryPage> {
    requireStaff(actor);
    const { page, pageSize, offset } = pageOf(query);
    const where = {
      ...(query.subjectId ? { subjectId: query.subjectId } : {}),
      ...(query.action ? { action: query.action } : {}),
    };
    const [rows, total] = await this.dataSource.manager.findAndCount(AuditEntry, {
      where,
      order: { occurredAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: pageSize,
    });
    return { items: rows.map(toAuditEntryView), total, page, pageSize };
  }
}

export function toAuditEntryView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    subjectId: entry.subjectId,
    objectId: entry.objectId,
    reason: entry.reason,
    details: entry.details,
  };
}
