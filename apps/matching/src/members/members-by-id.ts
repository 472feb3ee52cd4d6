import { In, type EntityManager } from 'typeorm';
import { Member } from './member.entity.js';

/** These members' rows in one query, by account id (those matching does not know are absent). */
export async function membersById(
  manager: EntityManager,
  accountIds: Iterable<string>,
): Promise<Map<string, Member>> {
  const ids = [...new Set(accountIds)];
  const rows = ids.length === 0 ? [] : await manager.findBy(Member, { accountId: In(ids) });
  return new Map(rows.map((row) => [row.accountId, row]));
}
