import type { EntityManager } from 'typeorm';

/**
 * Sets the mentor's median response time, in hours, over every request they
 * accepted or declined (from the moment it reached them to their answer),
 * and marks them active. Called in the transaction of each answer, so the
 * new answer counts.
 */
export async function recordMentorAnswer(manager: EntityManager, mentorId: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE matching.members SET
       median_response_hours = (
         SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at) / 3600)
         FROM matching.request_choices
         WHERE mentor_id = $1 AND outcome IN ('accepted', 'declined') AND sent_at IS NOT NULL
       ),
       last_active_at = GREATEST(COALESCE(last_active_at, $2), $2),
       changed_at = clock_timestamp()
     WHERE account_id = $1`,
    [mentorId, at],
  );
}
