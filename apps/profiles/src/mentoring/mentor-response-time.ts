import type { EntityManager } from 'typeorm';
import type { RequestEvent } from '@passerelle/contracts';
import { recordMentorActivity } from '../directory/mentor-activity.js';
import { MentorAnswer } from './mentor-answer.entity.js';

/**
 * How many of a mentor's latest answers the median is taken over: recent
 * enough to follow a mentor who answers faster (or slower) than they used
 * to, enough that one late answer does not swing it.
 */
export const RESPONSE_TIME_SAMPLE = 20;

/**
 * Records the mentor's answer to a request (accepted or declined) and sets
 * their median response time, in hours, over their latest answers, with the
 * directory card refreshed. An answer already recorded changes nothing; one
 * whose event does not say when the request reached the mentor (`sentAt`)
 * cannot be timed and is left out.
 */
export async function recordMentorAnswer(manager: EntityManager, event: RequestEvent): Promise<void> {
  if (!event.sentAt) return;
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(MentorAnswer)
    .values({
      requestId: event.requestId,
      mentorId: event.mentorId,
      sentAt: new Date(event.sentAt),
      answeredAt: new Date(event.occurredAt),
    })
    .orIgnore()
    .returning(['requestId'])
    .execute();
  if ((inserted.raw as unknown[]).length === 0) return;
  await manager.query(
    `DELETE FROM profiles.mentor_answers old
     WHERE old.mentor_id = $1 AND old.request_id NOT IN (
       SELECT request_id FROM profiles.mentor_answers
       WHERE mentor_id = $1 ORDER BY answered_at DESC, request_id LIMIT $2)`,
    [event.mentorId, RESPONSE_TIME_SAMPLE],
  );
  const [{ hours }] = (await manager.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (
       ORDER BY GREATEST(extract(epoch FROM answered_at - sent_at), 0) / 3600) AS hours
     FROM profiles.mentor_answers WHERE mentor_id = $1`,
    [event.mentorId],
  )) as [{ hours: number | null }];
  await recordMentorActivity(manager, event.mentorId, { medianResponseHours: hours });
}
