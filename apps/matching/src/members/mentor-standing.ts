import type { EntityManager } from 'typeorm';
import type { MentorApproval, MentorStatusChangedEvent, MentorStatusEventKind } from '@passerelle/contracts';
import { NO_PROFILE_YET } from './profile-facts.js';

/** What profiles says of a member as a mentor; a field left out is left as it is. */
export interface MentorStanding {
  approval?: MentorApproval;
  availableToMentor?: boolean;
}

/** What each mentor.status-changed kind sets; a suspension also ends availability (profiles says so next, too). */
const STANDING_OF: Record<MentorStatusEventKind, MentorStanding> = {
  approved: { approval: 'approved' },
  suspended: { approval: 'suspended', availableToMentor: false },
  available: { availableToMentor: true },
  unavailable: { availableToMentor: false },
};

const COLUMN: Record<keyof MentorStanding, string> = {
  approval: 'approval',
  availableToMentor: 'available_to_mentor',
};

/** Applies a mentor.status-changed event (see applyMentorStanding). */
export function applyMentorStatusEvent(
  manager: EntityManager,
  event: MentorStatusChangedEvent,
): Promise<boolean> {
  return applyMentorStanding(manager, event.accountId, STANDING_OF[event.status], new Date(event.occurredAt));
}

/**
 * Sets a member's mentor standing as of `at`. Changes of the same instant
 * (profiles announces `approved` and `available` together) both apply; one
 * older than the last applied is ignored; one that changes nothing writes
 * nothing. A mentor whose profile event has not arrived yet gets a row
 * without facts (NO_PROFILE_YET), which the profile event fills in. Returns
 * whether the row changed.
 */
export async function applyMentorStanding(
  manager: EntityManager,
  accountId: string,
  standing: MentorStanding,
  at: Date,
): Promise<boolean> {
  const params: unknown[] = [accountId, at, NO_PROFILE_YET];
  const set: string[] = [];
  const differs: string[] = [];
  for (const [field, value] of Object.entries(standing) as [keyof MentorStanding, unknown][]) {
    params.push(value);
    const column = COLUMN[field];
    set.push(`${column} = $${params.length}`);
    differs.push(`member.${column} IS DISTINCT FROM $${params.length}`);
  }
  if (set.length === 0) return false;
  const initial = { approval: 'none', availableToMentor: false, ...standing };
  params.push(initial.approval, initial.availableToMentor);
  const rows = await manager.query<unknown[]>(
    `INSERT INTO matching.members AS member
       (account_id, role, display_name, time_zone, profile_updated_at, standing_changed_at, approval, available_to_mentor)
     VALUES ($1, 'alumnus', '', 'UTC', $3, $2, $${params.length - 1}, $${params.length})
     ON CONFLICT (account_id) DO UPDATE SET ${set.join(', ')}, standing_changed_at = $2, changed_at = clock_timestamp()
       WHERE (member.standing_changed_at IS NULL OR member.standing_changed_at <= $2)
         AND (${differs.join(' OR ')})
     RETURNING account_id`,
    params,
  );
  return rows.length > 0;
}
