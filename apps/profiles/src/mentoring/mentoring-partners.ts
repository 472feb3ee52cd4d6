import type { EntityManager } from 'typeorm';
import type { MentorshipEndedEvent, MentorshipEvent } from '@passerelle/contracts';
import { changeActiveMentees } from '../directory/mentor-activity.js';
import { MentoringPartnership } from './mentoring-partnership.entity.js';

/**
 * Whether these two people are mentoring partners now: one mentors the
 * other in a mentorship that is active or paused.
 */
export async function arePartners(manager: EntityManager, one: string, other: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM profiles.mentoring_partnerships
     WHERE ended_at IS NULL
       AND ((mentor_id = $1 AND mentee_id = $2) OR (mentor_id = $2 AND mentee_id = $1))
     LIMIT 1`,
    [one, other],
  );
  return rows.length > 0;
}

/** Inserts the row unless this mentorship is known; says whether it was new. */
async function insertOnce(manager: EntityManager, row: Omit<MentoringPartnership, 'mentor' | 'mentee'>) {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(MentoringPartnership)
    .values(row)
    .orIgnore()
    .returning(['mentorshipId'])
    .execute();
  return (inserted.raw as unknown[]).length > 0;
}

/**
 * The pair become partners and the mentor has one mentee more. A mentorship
 * already known (the same event again, or one that already ended) changes
 * nothing.
 */
export async function startPartnership(manager: EntityManager, event: MentorshipEvent): Promise<void> {
  const started = await insertOnce(manager, {
    mentorshipId: event.mentorshipId,
    mentorId: event.mentorId,
    menteeId: event.menteeId,
    since: new Date(event.occurredAt),
    endedAt: null,
  });
  if (started) await changeActiveMentees(manager, event.mentorId, 1);
}

/**
 * The pair stop being partners (the row stays, closed) and the mentor has one
 * mentee fewer. Only the first end counts; an end that comes before its start
 * (a start still being retried) leaves a closed row, so the start then
 * changes nothing.
 */
export async function endPartnership(manager: EntityManager, event: MentorshipEndedEvent): Promise<void> {
  const endedAt = new Date(event.occurredAt);
  const closed: unknown[] = await manager.query(
    `UPDATE profiles.mentoring_partnerships SET ended_at = $2
     WHERE mentorship_id = $1 AND ended_at IS NULL RETURNING mentorship_id`,
    [event.mentorshipId, endedAt],
  );
  // TypeORM's query() gives [rows, count] for an UPDATE … RETURNING.
  const [rows] = closed as [unknown[], number];
  if (rows.length > 0) {
    await changeActiveMentees(manager, event.mentorId, -1);
    return;
  }
  await insertOnce(manager, {
    mentorshipId: event.mentorshipId,
    mentorId: event.mentorId,
    menteeId: event.menteeId,
    since: endedAt,
    endedAt,
  });
}

/**
 * Takes an erased person out of every partnership: an open one is closed
 * first (their mentor has one mentee fewer), then their rows go.
 */
export async function erasePartnerships(manager: EntityManager, accountId: string): Promise<void> {
  const [open] = (await manager.query(
    `UPDATE profiles.mentoring_partnerships SET ended_at = now()
     WHERE mentee_id = $1 AND ended_at IS NULL RETURNING mentor_id`,
    [accountId],
  )) as [{ mentor_id: string }[], number];
  for (const { mentor_id: mentorId } of open) await changeActiveMentees(manager, mentorId, -1);
  await manager.query('DELETE FROM profiles.mentoring_partnerships WHERE mentor_id = $1 OR mentee_id = $1', [
    accountId,
  ]);
}
