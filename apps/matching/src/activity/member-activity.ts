import type { EntityManager } from 'typeorm';

/**
 * Records that these members did something in matching (a request, an
 * answer, a mentorship action): the suggestions show how recently a mentor
 * was active. Bumps `changed_at` so the suggestion index reloads them.
 */
export async function markMembersActive(
  manager: EntityManager,
  accountIds: readonly string[],
  at: Date,
): Promise<void> {
  if (accountIds.length === 0) return;
  await manager.query(
    `UPDATE matching.members
     SET last_active_at = GREATEST(COALESCE(last_active_at, $2), $2), changed_at = clock_timestamp()
     WHERE account_id = ANY($1::uuid[])`,
    [accountIds, at],
  );
}
