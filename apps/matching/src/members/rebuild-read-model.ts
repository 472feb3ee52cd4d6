import type { DataSource } from 'typeorm';
import {
  MATCHING_FACTS_PAGE_MAX,
  type ListMatchingFactsRequest,
  type MatchingFactsPage,
} from '@passerelle/contracts';
import { eraseAccount } from './erasure-steps.js';
import { applyMentorStanding } from './mentor-standing.js';
import { applyProfileFacts } from './profile-facts.js';

/** Asks profiles for one page of facts (rpc.profiles.matching-facts.list.v1). */
export type MatchingFactsSource = (request: ListMatchingFactsRequest) => Promise<MatchingFactsPage>;

export interface RebuildReport {
  /** Members profiles listed. */
  listed: number;
  /** Rows written because they were missing or older than what profiles holds. */
  changed: number;
  /** Members profiles no longer lists (erased accounts whose event was lost), erased here too. */
  erased: number;
}

/**
 * Brings the members read model back to what profiles holds, for recovery
 * (lost events, a restored backup): pages through every alumnus and student
 * and writes their facts and mentor standing, the same way the events do
 * (rows already holding newer facts are kept; matching's own columns, such as
 * places taken, are never touched). Members profiles no longer lists go
 * through the erasure steps. Safe to run while the service runs and events
 * keep arriving, and to run again.
 */
export async function rebuildReadModel(
  dataSource: DataSource,
  source: MatchingFactsSource,
  {
    pageSize = MATCHING_FACTS_PAGE_MAX,
    onPage,
  }: { pageSize?: number; onPage?: (listed: number) => void } = {},
): Promise<RebuildReport> {
  const [{ now: startedAt }] = await dataSource.query<[{ now: Date }]>('SELECT clock_timestamp() AS now');
  const listedIds = new Set<string>();
  const report: RebuildReport = { listed: 0, changed: 0, erased: 0 };
  let afterAccountId: string | undefined;
  do {
    const page = await source({ afterAccountId, limit: pageSize });
    await dataSource.transaction(async (manager) => {
      for (const facts of page.items) {
        listedIds.add(facts.accountId);
        const wroteFacts = await applyProfileFacts(manager, facts);
        const { approval, availableToMentor } = facts;
        const wroteStanding = await applyMentorStanding(
          manager,
          facts.accountId,
          { approval, availableToMentor },
          new Date(facts.updatedAt),
        );
        if (wroteFacts || wroteStanding) report.changed += 1;
      }
    });
    report.listed += page.items.length;
    onPage?.(report.listed);
    afterAccountId = page.nextAfterAccountId ?? undefined;
  } while (afterAccountId);
  report.erased = await eraseUnlisted(dataSource, listedIds, startedAt);
  return report;
}

/** Members not listed and unchanged since the rebuild started: their accounts are gone from profiles. */
async function eraseUnlisted(
  dataSource: DataSource,
  listedIds: Set<string>,
  startedAt: Date,
): Promise<number> {
  const rows = await dataSource.query<{ account_id: string }[]>(
    'SELECT account_id FROM matching.members WHERE changed_at < $1',
    [startedAt],
  );
  const gone = rows.map((row) => row.account_id).filter((id) => !listedIds.has(id));
  for (const accountId of gone) {
    await dataSource.transaction((manager) => eraseAccount(manager, accountId));
  }
  return gone.length;
}
