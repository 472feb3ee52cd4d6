import { Inject, Injectable } from '@nestjs/common';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  PLACE_HOLDING_STATUSES,
  type CycleSkipReason,
  type CycleView,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { recordAudit } from '../audit/record-audit.js';
import { requireStaff } from '../common/require-staff.js';
import { proposeMentorship } from '../mentorships/propose-mentorship.js';
import { ProfilesClient } from '../profiles-client/profiles.client.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import { DATA_SOURCE } from '../tokens.js';
import { CycleEntry } from './cycle-entry.entity.js';
import { CycleReader } from './cycle-reader.js';
import { findCycle, lockDraftCycle } from './cycle-store.js';

/** What a failed proposal means for the pair; anything else is a real error and rolls everything back. */
const SKIP_FOR_CODE: Partial<Record<ErrorCode, CycleSkipReason>> = {
  [ErrorCode.CAPACITY_REACHED]: 'capacity-reached',
  [ErrorCode.CONFLICT]: 'already-paired',
};

/**
 * Publishing turns the draft's pairs into mentorship proposals, best scores
 * first, each in a savepoint of one transaction: a pair whose mentor filled
 * up since the run (a request accepted meanwhile) gets CAPACITY_REACHED from
 * the same conditional UPDATE requests use and is skipped, as is one whose
 * mentee was paired meanwhile or who (or whose mentor) lacks the current
 * charter. Both sides then accept or decline the proposal; a declined one
 * frees the place and returns the mentee to the pool of the next cycle.
 */
@Injectable()
export class CyclePublisher {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly profiles: ProfilesClient,
    private readonly reader: CycleReader,
  ) {}

  async publish(actor: ActorRef, cycleId: string): Promise<CycleView> {
    requireStaff(actor);
    await findCycle(this.dataSource.manager, cycleId);
    // Asked before the transaction: no row stays locked while profiles answers.
    const charter = new CharterStanding(this.profiles);
    await charter.ask(await draftPairs(this.dataSource.manager, cycleId));

    await this.dataSource.transaction(async (manager) => {
      const cycle = await lockDraftCycle(manager, cycleId);
      const programme = await findProgramme(manager, cycle.programmeId);
      // Read again under the lock: the draft may have changed while profiles answered.
      const current = await draftPairs(manager, cycleId);
      const pairedMeanwhile = await menteesPairedIn(manager, cycle.programmeId, current);
      await charter.ask(current);
      await lockMentorRows(manager, current);
      let proposed = 0;
      for (const entry of current) {
        const mentorId = entry.mentorId!;
        const skip = charter.lacks(entry.menteeId, mentorId)
          ? 'charter-missing'
          : pairedMeanwhile.has(entry.menteeId)
            ? 'already-paired'
            : await proposeInSavepoint(manager, entry, () =>
                proposeMentorship(manager, {
                  programme,
                  mentorId,
                  menteeId: entry.menteeId,
                  origin: 'cycle',
                  cycleId,
                }),
              );
        entry.outcome = skip ? 'skipped' : 'proposed';
        entry.skipReason = skip;
        if (!skip) proposed += 1;
      }
      await manager.save(current);
      const now = new Date();
      cycle.status = 'published';
      cycle.publishedAt = now;
      cycle.publication = { proposed, skipped: current.length - proposed };
      await manager.save(cycle);
      await recordAudit(manager, actor, {
        action: 'cycle.published',
        objectId: cycle.id,
        details: { ...cycle.publication },
      });
    });
    return this.reader.view(cycleId);
  }
}

/** Who has not accepted the current charter, asked of profiles once per person. */
class CharterStanding {
  private readonly asked = new Set<string>();
  private readonly missing = new Set<string>();

  constructor(private readonly profiles: ProfilesClient) {}

  async ask(pairs: readonly CycleEntry[]): Promise<void> {
    const ids = new Set(pairs.flatMap((pair) => [pair.menteeId, pair.mentorId!]));
    const unasked = [...ids].filter((id) => !this.asked.has(id));
    if (unasked.length === 0) return;
    for (const id of await this.profiles.withoutCurrentCharter(unasked)) this.missing.add(id);
    for (const id of unasked) this.asked.add(id);
  }

  lacks(...accountIds: string[]): boolean {
    return accountIds.some((id) => this.missing.has(id));
  }
}

/** Runs one proposal in a savepoint: a refusal undoes that pair alone and says why. */
async function proposeInSavepoint(
  manager: EntityManager,
  entry: CycleEntry,
  propose: () => Promise<{ id: string }>,
): Promise<CycleSkipReason | null> {
  await manager.query('SAVEPOINT cycle_pair');
  try {
    entry.mentorshipId = (await propose()).id;
    await manager.query('RELEASE SAVEPOINT cycle_pair');
    return null;
  } catch (error) {
    const skip = error instanceof DomainError ? SKIP_FOR_CODE[error.code] : undefined;
    if (!skip) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT cycle_pair');
    return skip;
  }
}

/**
 * Locks the mentors' rows in id order before any place is taken: two cycles
 * published at once over the same mentors then queue on the first shared
 * row instead of each holding one the other needs (a deadlock).
 */
async function lockMentorRows(manager: EntityManager, pairs: readonly CycleEntry[]): Promise<void> {
  const mentorIds = [...new Set(pairs.map((pair) => pair.mentorId!))];
  await manager.query(
    `SELECT account_id FROM matching.members WHERE account_id = ANY($1) ORDER BY account_id FOR UPDATE`,
    [mentorIds],
  );
}

/** The draft's pairs, best first. */
function draftPairs(manager: EntityManager, cycleId: string): Promise<CycleEntry[]> {
  return manager.find(CycleEntry, {
    where: { cycleId, mentorId: Not(IsNull()) },
    order: { score: 'DESC', menteeId: 'ASC' },
  });
}

/** The draft's mentees who have a proposed, active or paused mentorship in the programme now. */
async function menteesPairedIn(
  manager: EntityManager,
  programmeId: string,
  pairs: readonly CycleEntry[],
): Promise<Set<string>> {
  const rows = await manager.query<{ mentee_id: string }[]>(
    `SELECT DISTINCT mentee_id FROM matching.mentorships
      WHERE programme_id = $1 AND status = ANY($2) AND mentee_id = ANY($3)`,
    [programmeId, PLACE_HOLDING_STATUSES, pairs.map((pair) => pair.menteeId)],
  );
  return new Set(rows.map((row) => row.mentee_id));
}
