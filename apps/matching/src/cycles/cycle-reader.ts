import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  pageOf,
  type CycleEntryFilter,
  type CycleEntryView,
  type CycleView,
  type ListCycleEntriesRequest,
  type ListCyclesQuery,
  type Page,
} from '@passerelle/contracts';
import { Member } from '../members/member.entity.js';
import { membersById } from '../members/members-by-id.js';
import { personRefsOf } from '../people/person-refs.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import { explainMembers } from '../suggestions/explain-pair.js';
import { DATA_SOURCE } from '../tokens.js';
import { roundedFigures } from './cycle-draft.js';
import { CycleEntry } from './cycle-entry.entity.js';
import { findCycle } from './cycle-store.js';
import { MatchingCycle } from './cycle.entity.js';

/** The draft's own figures, as staff left it. */
interface DraftCounts {
  cycle_id: string;
  entries: string;
  paired: string;
  locked: string;
  total_score: number | null;
  removed: string;
}

const ENTRY_FILTERS: Record<CycleEntryFilter, string> = {
  all: 'TRUE',
  paired: 'entry.mentor_id IS NOT NULL',
  unpaired: 'entry.mentor_id IS NULL',
  locked: 'entry.locked',
};

/** Staff's reading of cycles: summaries, and the draft a page at a time with each pair's reasons. */
@Injectable()
export class CycleReader {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async view(cycleId: string): Promise<CycleView> {
    const manager = this.dataSource.manager;
    const [view] = await this.views(manager, [await findCycle(manager, cycleId)]);
    return view!;
  }

  async list(query: ListCyclesQuery): Promise<Page<CycleView>> {
    const { page, pageSize, offset } = pageOf(query);
    const manager = this.dataSource.manager;
    const [cycles, total] = await manager.findAndCount(MatchingCycle, {
      where: query.programmeId ? { programmeId: query.programmeId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: pageSize,
    });
    return { items: await this.views(manager, cycles), total, page, pageSize };
  }

  /** A page of the draft, mentees by name; the reasons are worked out for the page only, in the reader's language. */
  async entries(request: ListCycleEntriesRequest): Promise<Page<CycleEntryView>> {
    const manager = this.dataSource.manager;
    const cycle = await findCycle(manager, request.cycleId);
    const programme = await findProgramme(manager, cycle.programmeId);
    const { page, pageSize, offset } = pageOf(request);
    const filter = ENTRY_FILTERS[request.show ?? 'all'];
    const query = manager
      .createQueryBuilder(CycleEntry, 'entry')
      .leftJoin(Member, 'mentee', 'mentee.accountId = entry.menteeId')
      .where('entry.cycle_id = :cycleId', { cycleId: cycle.id })
      .andWhere(filter)
      .orderBy('mentee.displayName', 'ASC')
      .addOrderBy('entry.menteeId', 'ASC')
      .offset(offset)
      .limit(pageSize);
    const [entries, total] = await query.getManyAndCount();
    // The page's people read once: their names and the facts their pairs are explained from.
    const memberById = await membersById(
      manager,
      entries.flatMap((entry) => (entry.mentorId ? [entry.menteeId, entry.mentorId] : [entry.menteeId])),
    );
    const person = personRefsOf([...memberById.values()]);
    const items = entries.map((entry): CycleEntryView => {
      const explained = entry.mentorId
        ? explainMembers(
            programme,
            memberById.get(entry.menteeId),
            memberById.get(entry.mentorId),
            request.locale,
          )
        : null;
      return {
        mentee: person(entry.menteeId),
        mentor: entry.mentorId ? person(entry.mentorId) : null,
        score: entry.score,
        reasons: explained?.reasons ?? [],
        locked: entry.locked,
        outcome: entry.outcome,
        skipReason: entry.skipReason,
        mentorshipId: entry.mentorshipId,
      };
    });
    return { items, total, page, pageSize };
  }

  private async views(manager: EntityManager, cycles: MatchingCycle[]): Promise<CycleView[]> {
    if (cycles.length === 0) return [];
    const counts = await manager.query<DraftCounts[]>(
      `SELECT cycle.id AS cycle_id,
              (SELECT count(*) FROM matching.cycle_entries e WHERE e.cycle_id = cycle.id) AS entries,
              (SELECT count(*) FROM matching.cycle_entries e WHERE e.cycle_id = cycle.id AND e.mentor_id IS NOT NULL) AS paired,
              (SELECT count(*) FROM matching.cycle_entries e WHERE e.cycle_id = cycle.id AND e.locked) AS locked,
              (SELECT sum(e.score) FROM matching.cycle_entries e WHERE e.cycle_id = cycle.id) AS total_score,
              (SELECT count(*) FROM matching.cycle_removed_pairs r WHERE r.cycle_id = cycle.id) AS removed
         FROM matching.cycles cycle WHERE cycle.id = ANY($1)`,
      [cycles.map((cycle) => cycle.id)],
    );
    const countsOf = new Map(counts.map((row) => [row.cycle_id, row]));
    return cycles.map((cycle) => {
      const row = countsOf.get(cycle.id)!;
      const paired = Number(row.paired);
      const entries = Number(row.entries);
      const totalScore = Number(row.total_score ?? 0);
      return {
        id: cycle.id,
        programmeId: cycle.programmeId,
        mode: cycle.mode,
        cohort: cycle.cohort,
        topK: cycle.topK,
        status: cycle.status,
        lastRun: cycle.lastRun,
        draft: roundedFigures({
          pairs: paired,
          coverage: entries === 0 ? 1 : paired / entries,
          totalScore,
          averageScore: paired === 0 ? 0 : totalScore / paired,
        }),
        lockedPairs: Number(row.locked),
        removedPairs: Number(row.removed),
        publication: cycle.publication,
        createdAt: cycle.createdAt.toISOString(),
        runAt: cycle.runAt.toISOString(),
        publishedAt: cycle.publishedAt?.toISOString() ?? null,
      };
    });
  }
}
