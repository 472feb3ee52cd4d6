/**
 * The best N mentors out of many without sorting them all: a bounded heap
 * keeps the N best seen so far, and its worst score is the floor a candidate
 * must reach, so scoring stops early (scoreMentor's floor) for most of them.
 * Hard filters run first: they are cheaper than any part of the score.
 */
import { NO_HISTORY, type MenteeFacts, type MentorFacts, type PairingHistory } from './facts.js';
import { exclusionOf } from './hard-filters.js';
import {
  prepareMentee,
  scoreMentor,
  type MenteeContext,
  type NormalisedWeights,
  type WeekCalendar,
} from './scoring.js';

export interface Candidate {
  mentor: MentorFacts;
  score: number;
}

/** Higher score first; on a tie the smaller id, so results do not depend on input order. */
function isBetter(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.mentor.id < b.mentor.id);
}

/** Keeps the `capacity` best candidates offered; the worst of them sits at the root. */
export class TopCandidates {
  private readonly heap: Candidate[] = [];

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`N must be ≥ 1, got ${capacity}`);
  }

  /** The score a new candidate must at least reach to get in (it may still lose a tie on id). */
  get floor(): number {
    return this.heap.length < this.capacity ? Number.NEGATIVE_INFINITY : this.heap[0]!.score;
  }

  offer(candidate: Candidate): void {
    const heap = this.heap;
    if (heap.length < this.capacity) {
      heap.push(candidate);
      this.siftUp(heap.length - 1);
    } else if (isBetter(candidate, heap[0]!)) {
      heap[0] = candidate;
      this.siftDown(0);
    }
  }

  /** Best first. */
  sorted(): Candidate[] {
    return [...this.heap].sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!isBetter(heap[parent]!, heap[index]!)) break;
      [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && isBetter(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && isBetter(heap[worst]!, heap[right]!)) worst = right;
      if (worst === index) return;
      [heap[worst], heap[index]] = [heap[index]!, heap[worst]!];
      index = worst;
    }
  }
}

function consider(
  top: TopCandidates,
  context: MenteeContext,
  mentor: MentorFacts,
  weights: NormalisedWeights,
  history: PairingHistory,
): void {
  if (exclusionOf(context, mentor, history) !== null) return;
  const score = scoreMentor(context, mentor, weights, top.floor);
  if (score !== null) top.offer({ mentor, score });
}

export interface TopCandidatesOptions {
  n: number;
  weights: NormalisedWeights;
  history?: PairingHistory;
}

/** The N best mentors for one mentee, best first, hard filters applied. */
export function topCandidates(
  context: MenteeContext,
  mentors: readonly MentorFacts[],
  { n, weights, history = NO_HISTORY }: TopCandidatesOptions,
): Candidate[] {
  const top = new TopCandidates(n);
  for (const mentor of mentors) consider(top, context, mentor, weights, history);
  return top.sorted();
}

/**
 * Mentors by skill and by sector, so that a mentee's likely best candidates
 * (those sharing a skill to develop or a target sector) are found without a
 * pass over everyone.
 */
export class MentorIndex {
  private readonly bySkill = new Map<string, number[]>();
  private readonly bySector = new Map<string, number[]>();
  /** A per-mentor mark, so a mentor reached through several keys is counted once per mentee. */
  private readonly seenFor: Int32Array;
  private readonly sharedSkills: Int32Array;
  private stamp = 0;

  constructor(readonly mentors: readonly MentorFacts[]) {
    this.seenFor = new Int32Array(mentors.length);
    this.sharedSkills = new Int32Array(mentors.length);
    mentors.forEach((mentor, index) => {
      for (const skill of mentor.skills) pushTo(this.bySkill, skill, index);
      if (mentor.sector !== null) pushTo(this.bySector, mentor.sector, index);
    });
  }

  /**
   * Indices of the mentors sharing a skill or a sector with the mentee, most
   * shared skills first: good candidates come early and raise the floor fast.
   */
  related(mentee: MenteeFacts): { indices: number[]; isRelated: (index: number) => boolean } {
    this.stamp += 1;
    const stamp = this.stamp;
    const found: number[] = [];
    const mark = (index: number, skill: boolean): void => {
      if (this.seenFor[index] !== stamp) {
        this.seenFor[index] = stamp;
        this.sharedSkills[index] = 0;
        found.push(index);
      }
      if (skill) this.sharedSkills[index]! += 1;
    };
    for (const skill of new Set(mentee.skillsToDevelop))
      for (const index of this.bySkill.get(skill) ?? []) mark(index, true);
    for (const sector of new Set(mentee.targetSectors))
      for (const index of this.bySector.get(sector) ?? []) mark(index, false);
    found.sort((a, b) => this.sharedSkills[b]! - this.sharedSkills[a]!);
    return { indices: found, isRelated: (index) => this.seenFor[index] === stamp };
  }
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface TopKPerMenteeOptions {
  k: number;
  weights: NormalisedWeights;
  calendar: WeekCalendar;
  historyOf?: (menteeId: string) => PairingHistory;
}

/**
 * The K best mentors of every mentee: the candidate edges of a matching
 * cycle. Exact: a mentor sharing neither a skill nor a sector with the mentee
 * can score at most 100 × (1 − skills weight − sector weight); those mentors
 * are looked at only when the K-th best related one scores below that.
 */
export function topCandidatesPerMentee(
  mentees: readonly MenteeFacts[],
  index: MentorIndex,
  { k, weights, calendar, historyOf = () => NO_HISTORY }: TopKPerMenteeOptions,
): Map<string, Candidate[]> {
  const unrelatedCeiling = 100 * (1 - weights.skills - weights.sector);
  const result = new Map<string, Candidate[]>();
  for (const mentee of mentees) {
    const context = prepareMentee(mentee, calendar);
    const history = historyOf(mentee.id);
    const top = new TopCandidates(k);
    const { indices, isRelated } = index.related(mentee);
    for (const i of indices) consider(top, context, index.mentors[i]!, weights, history);
    if (top.floor <= unrelatedCeiling) {
      index.mentors.forEach((mentor, i) => {
        if (!isRelated(i)) consider(top, context, mentor, weights, history);
      });
    }
    result.set(mentee.id, top.sorted());
  }
  return result;
}
