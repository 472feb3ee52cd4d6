import type { EntityManager } from 'typeorm';
import { DirectoryIndexer } from './directory-indexer.js';
import { MentorActivity } from './mentor-activity.entity.js';

export interface MentorActivityFacts {
  activeMentees?: number;
  medianResponseHours?: number | null;
}

/**
 * Records what matching knows of a mentor (its events through
 * src/mentoring; the demo seed loads the same facts in bulk) and refreshes
 * the mentor's directory card in the same transaction.
 */
export async function recordMentorActivity(
  manager: EntityManager,
  accountId: string,
  facts: MentorActivityFacts,
): Promise<void> {
  await manager.upsert(MentorActivity, { accountId, ...facts }, ['accountId']);
  await DirectoryIndexer.refresh(manager, accountId);
}

/**
 * One mentee more (+1) or fewer (−1) for this mentor, never below 0, and the
 * directory card refreshed (its free places). An increment rather than a
 * count of the open mentorships: the demo data sets counts without them.
 */
export async function changeActiveMentees(
  manager: EntityManager,
  accountId: string,
  change: 1 | -1,
): Promise<void> {
  await manager.query(
    `INSERT INTO profiles.mentor_activity (account_id, active_mentees) VALUES ($1, GREATEST($2, 0))
     ON CONFLICT (account_id) DO UPDATE
       SET active_mentees = GREATEST(mentor_activity.active_mentees + $2, 0), updated_at = now()`,
    [accountId, change],
  );
  await DirectoryIndexer.refresh(manager, accountId);
}
