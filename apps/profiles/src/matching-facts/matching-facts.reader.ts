import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AccountStatus,
  Role,
  type ListMatchingFactsRequest,
  type MatchingFacts,
  type MatchingFactsPage,
  type MentorApproval,
  type MentorStatus,
} from '@passerelle/contracts';
import { Account } from '../accounts/account.entity.js';
import { Mentor } from '../onboarding/mentor.entity.js';
import { toProfileUpdatedEvent } from '../profile/profile-snapshot.js';
import { ProfileStore } from '../profile/profile-store.js';
import { DATA_SOURCE } from '../tokens.js';

/** Only approved and suspended mentors are anything to matching; pending and rejected ones are not mentors. */
function approvalOf(status: MentorStatus | undefined): MentorApproval {
  return status === 'approved' || status === 'suspended' ? status : 'none';
}

/**
 * Matching's read model as profiles would announce it today: for every
 * alumnus and student not erased, the profile.updated payload (built by the
 * same function as the event) and the mentor standing the
 * mentor.status-changed events carry. Read in one repeatable-read
 * transaction per page, so a page is one consistent picture; its `updatedAt`
 * is when the page was read, so a consumer keeps an event recorded after it.
 */
@Injectable()
export class MatchingFactsReader {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly store: ProfileStore,
  ) {}

  list({ afterAccountId, limit }: ListMatchingFactsRequest): Promise<MatchingFactsPage> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const readAt = new Date();
      const query = manager
        .createQueryBuilder(Account, 'account')
        .select('account.id', 'id')
        .where('account.role IN (:...roles)', { roles: [Role.Alumnus, Role.Student] })
        .andWhere('account.status <> :erased', { erased: AccountStatus.Erased })
        .orderBy('account.id', 'ASC')
        .limit(limit);
      if (afterAccountId) query.andWhere('account.id > :afterAccountId', { afterAccountId });
      const ids = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
      const standings = await this.standingsOf(manager, ids);
      const items: MatchingFacts[] = [];
      for (const id of ids) {
        const snapshot = await this.store.load(manager, id);
        if (!snapshot) continue;
        const mentor = standings.get(id);
        items.push({
          ...toProfileUpdatedEvent(snapshot, readAt),
          approval: approvalOf(mentor?.status),
          availableToMentor: mentor?.available ?? false,
        });
      }
      return { items, nextAfterAccountId: ids.length === limit ? ids.at(-1)! : null };
    });
  }

  private async standingsOf(manager: EntityManager, ids: string[]): Promise<Map<string, Mentor>> {
    if (ids.length === 0) return new Map();
    const mentors = await manager.findBy(Mentor, { accountId: In(ids) });
    return new Map(mentors.map((mentor) => [mentor.accountId, mentor]));
  }
}
