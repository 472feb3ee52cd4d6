import type { EntityManager } from 'typeorm';
import {
  MENTOR_CAPACITY_DEFAULT,
  REVERSE_MENTOR_CAPACITY,
  Role,
  type ProfileUpdatedEvent,
} from '@passerelle/contracts';

/** The roles matching pairs; staff and admins have no member row. */
export const MEMBER_ROLES: readonly Role[] = [Role.Alumnus, Role.Student];

/**
 * profile_updated_at of a row created by a mentor status event before any
 * profile event (the facts are not known yet): older than any real event, and
 * left out of suggestions.
 */
export const NO_PROFILE_YET = new Date(0);

/**
 * How many mentees a member takes at once: an alumnus says it in their
 * profile; a student mentoring an alumnus back takes one.
 */
export function capacityOf(facts: Pick<ProfileUpdatedEvent, 'role' | 'capacity'>): number {
  return facts.role === Role.Alumnus ? (facts.capacity ?? MENTOR_CAPACITY_DEFAULT) : REVERSE_MENTOR_CAPACITY;
}

/**
 * The member columns profile.updated sets, in SQL order; matching's own
 * (places, standing, answers, activity) are left alone.
 */
function profileColumns(facts: ProfileUpdatedEvent): [column: string, value: unknown][] {
  return [
    ['account_id', facts.accountId],
    ['role', facts.role],
    ['display_name', facts.displayName],
    ['time_zone', facts.timeZone],
    ['skill_ids', facts.skillIds],
    ['sectors', facts.sectors],
    ['topics', facts.topics],
    ['formats', facts.formats],
    ['languages', facts.languages],
    ['country', facts.country],
    [
      'availability',
      JSON.stringify(
        facts.availability.map(({ weekday, startMinute, endMinute }) => ({
          weekday,
          startMinute,
          endMinute,
        })),
      ),
    ],
    ['job_title', facts.jobTitle],
    ['target_roles', facts.targetRoles],
    ['graduation_year', facts.graduationYear],
    ['open_to_reverse_mentoring', facts.openToReverseMentoring],
    ['reverse_mentoring_topics', facts.reverseMentoringTopics],
    ['offers_reverse_mentoring', facts.offersReverseMentoring],
    ['reverse_mentoring_offer', facts.reverseMentoringOffer],
    ['job_search_stage', facts.jobSearchStage],
    ['capacity', capacityOf(facts)],
    ['profile_updated_at', new Date(facts.updatedAt)],
  ];
}

/**
 * Writes the member's profile facts, unless the row already holds facts at
 * least as recent (an event delivered late, or the same event again) or the
 * same facts (a profile change matching does not use): then nothing changes,
 * not even changed_at, so the suggestion index has nothing to reload.
 * Returns whether the row changed.
 */
export async function applyProfileFacts(
  manager: EntityManager,
  facts: ProfileUpdatedEvent,
): Promise<boolean> {
  if (!MEMBER_ROLES.includes(facts.role)) return false;
  const columns = profileColumns(facts);
  const names = columns.map(([column]) => column);
  const updated = names.filter((column) => column !== 'account_id');
  const factColumns = updated.filter((column) => column !== 'profile_updated_at');
  const updates = updated.map((column) => `${column} = EXCLUDED.${column}`);
  const rows = await manager.query<unknown[]>(
    `INSERT INTO matching.members AS member (${names.join(', ')})
     VALUES (${names.map((_, index) => `$${index + 1}`).join(', ')})
     ON CONFLICT (account_id) DO UPDATE SET ${updates.join(', ')}, changed_at = clock_timestamp()
       WHERE member.profile_updated_at < EXCLUDED.profile_updated_at
         AND (${factColumns.map((column) => `member.${column}`).join(', ')})
           IS DISTINCT FROM (${factColumns.map((column) => `EXCLUDED.${column}`).join(', ')})
     RETURNING account_id`,
    columns.map(([, value]) => value),
  );
  return rows.length > 0;
}
