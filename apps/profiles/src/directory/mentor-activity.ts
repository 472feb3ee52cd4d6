import type { EntityManager } from 'typeorm';
import { DirectoryIndexer } from './directory-indexer.js';
import { MentorActivity } from './mentor-activity.entity.js';

export interface MentorActivityFacts {
  activeMentees?: number;
  medianResponseHours?: number | null;
}

/**
 * Records what matching knows of a mentor (called by its event consumers once
 * matching exists; the demo seed loads the same facts in bulk) and refreshes
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
