import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CYCLE_TOP_K,
  ErrorCode,
  type CycleView,
  type LockCyclePairRequest,
  type OpenCycleRequest,
  type RemoveCyclePairRequest,
  type SwapCyclePairsRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { recordAudit } from '../audit/record-audit.js';
import { requireStaff } from '../common/require-staff.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import type { Programme } from '../programmes/programme.entity.js';
import { explainPair, thisWeek } from '../suggestions/explain-pair.js';
import { scoringWeightsOf } from '../suggestions/mode-weights.js';
import { pairingHistoryOf } from '../suggestions/pairing-history.js';
import { DATA_SOURCE } from '../tokens.js';
import type { PairRef } from './assignment.js';
import { computeDraft, figuresOf } from './cycle-draft.js';
import { CycleEntry } from './cycle-entry.entity.js';
import { readCyclePool } from './cycle-pool.js';
import { CycleReader } from './cycle-reader.js';
import { CycleRemovedPair } from './cycle-removed-pair.entity.js';
import { cycleConflict, lockDraftCycle, pairedEntry } from './cycle-store.js';
import { MatchingCycle } from './cycle.entity.js';

/** Rows per INSERT when a run writes its draft: a cohort of thousands stays a handful of statements. */
const INSERT_CHUNK = 1_000;

/**
 * Staff's work on a cycle's draft: open it (the first run), run it again
 * around the locks, lock, remove and swap pairs. Each change locks the
 * cycle's row and is audited in its transaction.
 */
@Injectable()
export class CyclesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly reader: CycleReader,
  ) {}

  async open(actor: ActorRef, request: OpenCycleRequest): Promise<CycleView> {
    requireStaff(actor);
    const programme = await findProgramme(this.dataSource.manager, request.programmeId);
    const cycleId = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const cycle = manager.create(MatchingCycle, {
        programmeId: programme.id,
        mode: programme.mode,
        cohort: request.cohort ?? null,
        topK: request.topK ?? CYCLE_TOP_K.default,
        status: 'draft',
        createdBy: actor.userId,
        runAt: now,
        publication: null,
        publishedAt: null,
      });
      await runDraft(manager, cycle, programme, now, NO_EDITS);
      await recordAudit(manager, actor, {
        action: 'cycle.opened',
        objectId: cycle.id,
        details: { programmeId: programme.id, cohort: cycle.cohort, topK: cycle.topK, ...cycle.lastRun },
      });
      return cycle.id;
    });
    return this.reader.view(cycleId);
  }

  /** Reads the pool again (mentees matched meanwhile leave it, new ones come in) and recomputes the draft. */
  async run(actor: ActorRef, cycleId: string): Promise<CycleView> {
    requireStaff(actor);
    await this.dataSource.transaction(async (manager) => {
      const cycle = await lockDraftCycle(manager, cycleId);
      const programme = await findProgramme(manager, cycle.programmeId);
      await runDraft(manager, cycle, programme, new Date(), await staffEditsOf(manager, cycle.id));
      await recordAudit(manager, actor, {
        action: 'cycle.run',
        objectId: cycle.id,
        details: { ...cycle.lastRun },
      });
    });
    return this.reader.view(cycleId);
  }

  async lockPair(actor: ActorRef, request: LockCyclePairRequest): Promise<CycleView> {
    requireStaff(actor);
    await this.dataSource.transaction(async (manager) => {
      await lockDraftCycle(manager, request.cycleId);
      const entry = await pairedEntry(manager, request.cycleId, request.menteeId, 'menteeId');
      entry.locked = request.locked;
      await manager.save(entry);
      await recordAudit(manager, actor, {
        action: request.locked ? 'cycle.pair-locked' : 'cycle.pair-unlocked',
        objectId: request.cycleId,
        details: { menteeId: entry.menteeId, mentorId: entry.mentorId },
      });
    });
    return this.reader.view(request.cycleId);
  }

  /** The mentee is left without a mentor until the next run, which never gives them this mentor again. */
  async removePair(actor: ActorRef, request: RemoveCyclePairRequest): Promise<CycleView> {
    requireStaff(actor);
    await this.dataSource.transaction(async (manager) => {
      await lockDraftCycle(manager, request.cycleId);
      const entry = await pairedEntry(manager, request.cycleId, request.menteeId, 'menteeId');
      await manager.save(
        manager.create(CycleRemovedPair, {
          cycleId: entry.cycleId,
          menteeId: entry.menteeId,
          mentorId: entry.mentorId,
        }),
      );
      await recordAudit(manager, actor, {
        action: 'cycle.pair-removed',
        objectId: request.cycleId,
        details: { menteeId: entry.menteeId, mentorId: entry.mentorId },
      });
      Object.assign(entry, { mentorId: null, score: null, locked: false });
      await manager.save(entry);
    });
    return this.reader.view(request.cycleId);
  }

  /** The two mentees exchange mentors; both new pairs are locked, so a re-run keeps them. */
  async swapPairs(actor: ActorRef, request: SwapCyclePairsRequest): Promise<CycleView> {
    requireStaff(actor);
    if (request.menteeId === request.otherMenteeId) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'otherMenteeId must name another mentee', {
        fields: [{ field: 'otherMenteeId', messages: ['otherMenteeId must name another mentee'] }],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const cycle = await lockDraftCycle(manager, request.cycleId);
      const programme = await findProgramme(manager, cycle.programmeId);
      const first = await pairedEntry(manager, cycle.id, request.menteeId, 'menteeId');
      const second = await pairedEntry(manager, cycle.id, request.otherMenteeId, 'otherMenteeId');
      if (first.mentorId === second.mentorId) {
        throw cycleConflict('same-mentor', 'otherMenteeId: both mentees already have the same mentor', {
          mentorId: first.mentorId,
        });
      }
      const [firstMentor, secondMentor] = [second.mentorId, first.mentorId];
      await requireSwappable(manager, cycle.id, first.menteeId, firstMentor);
      await requireSwappable(manager, cycle.id, second.menteeId, secondMentor);
      first.score = await pairScore(manager, programme, first.menteeId, firstMentor);
      second.score = await pairScore(manager, programme, second.menteeId, secondMentor);
      first.mentorId = firstMentor;
      second.mentorId = secondMentor;
      first.locked = second.locked = true;
      await manager.save([first, second]);
      await recordAudit(manager, actor, {
        action: 'cycle.pairs-swapped',
        objectId: cycle.id,
        details: {
          pairs: [first, second].map(({ menteeId, mentorId }) => ({ menteeId, mentorId })),
        },
      });
    });
    return this.reader.view(request.cycleId);
  }
}

/** What staff did to a draft that a re-run keeps: the locked pairs (best first, kept first) and the removed ones. */
interface StaffEdits {
  locked: PairRef[];
  removed: PairRef[];
}

const NO_EDITS: StaffEdits = { locked: [], removed: [] };

async function staffEditsOf(manager: EntityManager, cycleId: string): Promise<StaffEdits> {
  const locked = await manager.find(CycleEntry, {
    where: { cycleId, locked: true },
    order: { score: 'DESC', menteeId: 'ASC' },
  });
  return {
    locked: locked.map((entry) => ({ menteeId: entry.menteeId, mentorId: entry.mentorId! })),
    removed: await manager.findBy(CycleRemovedPair, { cycleId }),
  };
}

/** Computes the cycle's draft from the pool now, around staff's edits, and saves it in place of the last one. */
async function runDraft(
  manager: EntityManager,
  cycle: MatchingCycle,
  programme: Programme,
  now: Date,
  edits: StaffEdits,
): Promise<void> {
  const started = performance.now();
  const draft = computeDraft(await readCyclePool(manager, cycle, now), {
    topK: cycle.topK,
    weights: scoringWeightsOf(programme),
    calendar: thisWeek(now),
    ...edits,
  });
  cycle.lastRun = {
    pool: draft.pool,
    optimal: figuresOf(draft.optimal),
    greedy: figuresOf(draft.greedy),
    durationMs: Math.round(performance.now() - started),
  };
  cycle.runAt = now;
  const saved = await manager.save(cycle);
  await manager.delete(CycleEntry, { cycleId: saved.id });
  const rows = [
    ...draft.optimal.pairs.map((pair) => ({
      cycleId: saved.id,
      menteeId: pair.menteeId,
      mentorId: pair.mentorId,
      score: pair.score,
      locked: pair.locked,
    })),
    ...draft.optimal.unassigned.map((menteeId) => ({
      cycleId: saved.id,
      menteeId,
      mentorId: null,
      score: null,
      locked: false,
    })),
  ];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(CycleEntry, rows.slice(start, start + INSERT_CHUNK));
  }
}

/** A swap may not make a pair staff removed, nor one the mentee's history rules out. */
async function requireSwappable(
  manager: EntityManager,
  cycleId: string,
  menteeId: string,
  mentorId: string,
): Promise<void> {
  if (await manager.existsBy(CycleRemovedPair, { cycleId, menteeId, mentorId })) {
    throw cycleConflict('removed-pair', 'This swap would make a pair you removed from the cycle', {
      menteeId,
      mentorId,
    });
  }
  const history = await pairingHistoryOf(manager, menteeId);
  if (history.pairedWith.has(mentorId) || history.declinedBy.has(mentorId)) {
    throw cycleConflict(
      'ruled-out',
      'This swap would pair a mentee with a mentor they are already linked to or who declined them',
      { menteeId, mentorId },
    );
  }
}

async function pairScore(
  manager: EntityManager,
  programme: Programme,
  menteeId: string,
  mentorId: string,
): Promise<number> {
  return (await explainPair(manager, programme, menteeId, mentorId))?.score ?? 0;
}
