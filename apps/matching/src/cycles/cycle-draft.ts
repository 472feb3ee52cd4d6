/**
 * A cycle's draft from its pool, with no I/O: each mentee's top K mentors
 * (the same index and scores as the suggestions), then the optimal
 * assignment under the mentors' free places, and the greedy one on the same
 * candidates for comparison. Staff's locked pairs are kept and their places
 * taken first; their removed pairs are never proposed.
 */
import type { AssignmentFigures, CyclePool, MentoringMode } from '@passerelle/contracts';
import { NO_HISTORY, type PairingHistory } from '../suggestions/facts.js';
import { menteeFactsOf, mentorFactsOf, type MemberFacts } from '../suggestions/member-facts.js';
import {
  prepareMentee,
  scoreMentor,
  type NormalisedWeights,
  type WeekCalendar,
} from '../suggestions/scoring.js';
import { MentorIndex, topCandidatesPerMentee } from '../suggestions/top-candidates.js';
import {
  greedyAssignment,
  optimalAssignment,
  type Assignment,
  type AssignmentProblem,
  type LockedPair,
  type PairRef,
} from './assignment.js';

export interface CyclePoolFacts {
  mode: MentoringMode;
  /** The unmatched mentees of the programme (and cohort). */
  mentees: readonly MemberFacts[];
  /** The mode's mentors with at least one free place. */
  mentors: readonly MemberFacts[];
  /** Per mentee, the mentors their history rules out (open links, past declines). */
  histories: ReadonlyMap<string, PairingHistory>;
}

export interface DraftSettings {
  topK: number;
  weights: NormalisedWeights;
  calendar: WeekCalendar;
  /** Pairs staff locked; those whose mentee left the pool or whose mentor has no place left are let go. */
  locked: readonly PairRef[];
  removed: readonly PairRef[];
}

export interface CycleDraft {
  pool: CyclePool;
  optimal: Assignment;
  greedy: Assignment;
  /** The locks the draft kept (with their scores today). */
  locked: LockedPair[];
}

export function computeDraft(pool: CyclePoolFacts, settings: DraftSettings): CycleDraft {
  const { mode } = pool;
  const { topK, weights, calendar } = settings;
  const freePlaces = new Map(
    pool.mentors.map((mentor) => [mentor.accountId, mentor.capacity - mentor.placesTaken]),
  );
  const mentorFacts = new Map(pool.mentors.map((mentor) => [mentor.accountId, mentorFactsOf(mode, mentor)]));
  const menteeFacts = new Map(pool.mentees.map((mentee) => [mentee.accountId, menteeFactsOf(mode, mentee)]));

  const locked = locksThatFit(settings.locked, menteeFacts, freePlaces).map((pair) => ({
    ...pair,
    score: scoreMentor(
      prepareMentee(menteeFacts.get(pair.menteeId)!, calendar),
      mentorFacts.get(pair.mentorId)!,
      weights,
    )!,
  }));
  const lockedMentees = new Set(locked.map((pair) => pair.menteeId));
  const perMentee = topCandidatesPerMentee(
    [...menteeFacts.values()].filter((mentee) => !lockedMentees.has(mentee.id)),
    new MentorIndex([...mentorFacts.values()]),
    { k: topK, weights, calendar, historyOf: (id) => pool.histories.get(id) ?? NO_HISTORY },
  );
  const problem: AssignmentProblem = {
    mentees: [...menteeFacts.keys()],
    freePlaces,
    candidates: new Map(
      [...perMentee].map(([menteeId, list]) => [
        menteeId,
        list.map((candidate) => ({ mentorId: candidate.mentor.id, score: candidate.score })),
      ]),
    ),
    locked,
    removed: settings.removed,
  };
  return {
    pool: {
      mentees: pool.mentees.length,
      mentors: pool.mentors.length,
      freePlaces: [...freePlaces.values()].reduce((sum, places) => sum + places, 0),
    },
    optimal: optimalAssignment(problem),
    greedy: greedyAssignment(problem),
    locked,
  };
}

/** Locks still possible: the mentee is in the pool, the mentor has a place for it (first locked, first kept). */
function locksThatFit(
  locks: readonly PairRef[],
  mentees: ReadonlyMap<string, unknown>,
  freePlaces: ReadonlyMap<string, number>,
): PairRef[] {
  const left = new Map(freePlaces);
  return locks.filter(({ menteeId, mentorId }) => {
    const places = left.get(mentorId) ?? 0;
    if (!mentees.has(menteeId) || places <= 0) return false;
    left.set(mentorId, places - 1);
    return true;
  });
}

/** The figures a cycle shows of an assignment. */
export function figuresOf(assignment: Assignment): AssignmentFigures {
  return roundedFigures({ ...assignment, pairs: assignment.pairs.length });
}

/** Coverage to a hundredth of a percent, scores to a tenth (the scoring's precision). */
export function roundedFigures(figures: AssignmentFigures): AssignmentFigures {
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    pairs: figures.pairs,
    coverage: round(figures.coverage, 4),
    totalScore: round(figures.totalScore, 1),
    averageScore: round(figures.averageScore, 1),
  };
}
