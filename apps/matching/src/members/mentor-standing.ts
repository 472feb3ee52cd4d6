import type { EntityManager } from 'typeorm';
import type { MentorApproval, MentorStatusChangedEvent, MentorStatusEventKind } from '@passerelle/contracts';
import { NO_PROFILE_YET } from './profile-facts.js';

interface Standing {
  approval?: MentorApproval;
  availableToMentor?: boolean;
}

/** What each mentor.status-changed kind sets; a suspension also ends availability (profiles says so next, too). */
const STANDING_OF: Record<MentorStatusEventKind, Standing> = {
  approved: { approval: 'approved' },
  suspended: { approval: 'suspended', availableToMentor: false },
  available: { availableToMentor: true },
  unavailable: { availableToMentor: false },
};

const COLUMN: Record<keyof Standing, string> = {
  approval: 'approval',
  availableToMentor: 'available_to_mentor',
};

/**
 * Applies a mentor.status-changed event. Events of the same instant (profiles
 * announces `approved` and `available` together) both apply; an older one
 * than the last applied is ignored; one that changes nothing writes nothing.
 * A mentor whose profile event has not arrived yet gets a row without facts
 * (NO_PROFILE_YET), which the profile event fills in. Returns whether the row changed.
 */
export async function applyMentorStanding(
  manager: EntityManager,
  event: MentorStatusChangedEvent,
): Promise<boolean> {
  const standing = Object.entries(STANDING_OF[event.status]) as [keyof Standing, unknown][];
  const params: unknown[] = [event.accountId, new Date(event.occurredAt), NO_PROFILE_YET];
  const set: string[] = [];
  const differs: string[] = [];
  for (const [field, value] of standing) {
    params.push(value);
    const column = COLUMN[field];
    set.push(`${column} = $${params.length}`);
    differs.push(`member.${column} IS DISTINCT FROM $${params.length}`);
  }
  const initial = { approval: 'none', availableToMentor: false, ...STANDING_OF[event.status] };
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
