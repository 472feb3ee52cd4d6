import { In, type EntityManager } from 'typeorm';
import type { PersonRef } from '@passerelle/contracts';
import { Member } from '../members/member.entity.js';

/** Names of people matching no longer knows (an erased account): the web app shows its own placeholder. */
const UNKNOWN_NAME = '';

/** The name card of each of these members, from matching's read model (one query). */
export async function personRefs(
  manager: EntityManager,
  accountIds: Iterable<string>,
): Promise<(accountId: string) => PersonRef> {
  const ids = [...new Set(accountIds)];
  const members =
    ids.length === 0
      ? []
      : await manager.find(Member, {
          where: { accountId: In(ids) },
          select: { accountId: true, displayName: true },
        });
  return personRefsOf(members);
}

/** The name card of each of these members, from rows already read. */
export function personRefsOf(
  members: readonly Pick<Member, 'accountId' | 'displayName'>[],
): (accountId: string) => PersonRef {
  const names = new Map(members.map((member) => [member.accountId, member.displayName]));
  return (accountId) => ({ accountId, displayName: names.get(accountId) ?? UNKNOWN_NAME });
}
