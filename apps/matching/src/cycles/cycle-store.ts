import type { EntityManager } from 'typeorm';
import { ErrorCode, type CycleConflict } from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { CycleEntry } from './cycle-entry.entity.js';
import { MatchingCycle } from './cycle.entity.js';

/** A refusal of the draft's rules: `details.reason` says which, for the page to word it. */
export function cycleConflict(
  reason: CycleConflict,
  message: string,
  details: Record<string, unknown>,
): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, { reason, ...details });
}

export function cycleNotFound(cycleId: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'cycleId: there is no cycle with this id', { cycleId });
}

/** The cycle, or NOT_FOUND naming `cycleId`. */
export async function findCycle(manager: EntityManager, cycleId: string): Promise<MatchingCycle> {
  const cycle = await manager.findOneBy(MatchingCycle, { id: cycleId });
  if (!cycle) throw cycleNotFound(cycleId);
  return cycle;
}

/**
 * Locks a cycle's row until the transaction ends; every change of a draft
 * goes through here, so two staff members editing the same cycle take turns.
 * A published cycle is a CONFLICT: its pairs are proposals now.
 */
export async function lockDraftCycle(manager: EntityManager, cycleId: string): Promise<MatchingCycle> {
  const cycle = await manager.findOne(MatchingCycle, {
    where: { id: cycleId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!cycle) throw cycleNotFound(cycleId);
  if (cycle.status !== 'draft') {
    throw cycleConflict('published', 'This cycle is published: its draft can no longer change', {
      cycleId,
      status: cycle.status,
    });
  }
  return cycle;
}

/** The mentee's entry in the cycle's draft, with a mentor; NOT_FOUND or CONFLICT naming `field`. */
export async function pairedEntry(
  manager: EntityManager,
  cycleId: string,
  menteeId: string,
  field: string,
): Promise<CycleEntry & { mentorId: string }> {
  const entry = await manager.findOneBy(CycleEntry, { cycleId, menteeId });
  if (!entry) {
    throw new DomainError(ErrorCode.NOT_FOUND, `${field}: this mentee is not in the cycle`, {
      [field]: menteeId,
    });
  }
  if (entry.mentorId === null) {
    throw cycleConflict('no-mentor', `${field}: this mentee has no mentor in the draft`, {
      [field]: menteeId,
    });
  }
  return entry as CycleEntry & { mentorId: string };
}
