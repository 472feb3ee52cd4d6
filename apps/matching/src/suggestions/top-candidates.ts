/**
 * The best N mentors out of many without sorting them all: a bounded heap
 * keeps the N best seen so far, and its worst score is the floor a candidate
 * must reach, so scoring stops early (scoreMentor's floor) for most of them.
 * Hard filters run on the candidates whose score can make the list.
 */
import { codeOf } from './codes.js';
import { NO_HISTORY, type MenteeFacts, type MentorFacts, type PairingHistory } from './facts.js';
import { exclusionOfPrepared } from './hard-filters.js';
import {
  canReach,
  prepareMentee,
  prepareMentor,
  scoreCeiling,
  scoreMentor,
  type MenteeContext,
  type NormalisedWeights,
  type PreparedMentor,
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
  mentor: PreparedMentor,
  weights: NormalisedWeights,
  history: PairingHistory,
): void {
  // Scored first: most candidates fall below the floor after a part or two, and then the hard
  // filters need not run. The floor only ever holds candidates that passed them.
  const score = scoreMentor(context, mentor, weights, top.floor);
  if (score === null || exclusionOfPrepared(context, mentor, history) !== null) return;
  top.offer({ mentor: mentor.facts, score });
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
  for (const mentor of mentors) consider(top, context, prepareMentor(mentor), weights, history);
  return top.sorted();
}

/**
 * Mentors by skill and by sector, so that a mentee's best candidates are
 * found without scoring everyone. For each mentor the index reaches, it knows
 * how many of the mentee's skills it has and whether its sector is a target
 * one, and counts the words of the target role in its job title and the
 * topics in common: 65 of the default 100 points, which bounds its score
 * (scoreCeiling). Mentors are visited by that bound, highest first, and the
 * visit stops as soon as the bound cannot reach the K-th best score found;
 * mentors sharing neither a skill nor a sector are looked at only if even
 * their bound could. With skewed data (a few skills everywhere) most mentors
 * share something with a mentee, but few can still make its top K. Exact: it
 * returns what scoring everyone would (tested against that).
 */
/** Skills 0–3 × sector 0–1 × role words 0–63 × topics 0–2 (see MentorIndex.best). */
const BUCKET_KEYS = 4 * 2 * 64 * 4;

export class MentorIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly prepared: PreparedMentor[];
  /** Per mentor: the search it was last reached in, and its counts in that search. */
  private readonly reachedIn: Int32Array;
  private readonly skills: Int32Array;
  private readonly sectors: Uint8Array;
  /** Scratch space of one search: bucket sizes and positions by key, keys and order of the mentors reached. */
  private readonly bucketSizes = new Int32Array(BUCKET_KEYS);
  private readonly bucketNext = new Int32Array(BUCKET_KEYS);
  private readonly bucketKeys: Int32Array;
  private readonly ordered: Int32Array;
  private search = 0;

  constructor(readonly mentors: readonly MentorFacts[]) {
    this.prepared = mentors.map(prepareMentor);
    const size = mentors.length;
    this.reachedIn = new Int32Array(size);
    this.skills = new Int32Array(size);
    this.sectors = new Uint8Array(size);
    this.bucketKeys = new Int32Array(size);
    this.ordered = new Int32Array(size);
    // One posting list per code; codes of skills and sectors never collide (one table).
    // Not deduplicated: a code is counted as often as the scoring counts it.
    this.prepared.forEach((mentor, index) => {
      for (const code of mentor.skills) this.post(code, index);
      if (mentor.sector >= 0) this.post(mentor.sector, index);
    });
  }

  private post(code: number, index: number): void {
    const list = this.postings.get(code);
    if (list) list.push(index);
    else this.postings.set(code, [index]);
  }

  /** The N best mentors for the mentee, best first, hard filters applied. */
  best(context: MenteeContext, { n, weights, history = NO_HISTORY }: TopCandidatesOptions): Candidate[] {
    this.search += 1;
    const search = this.search;
    const reached: number[] = [];
    const count = (values: readonly string[], counter: Int32Array | Uint8Array): void => {
      for (const value of new Set(values)) {
        const list = this.postings.get(codeOf(value));
        if (!list) continue;
        for (let i = 0; i < list.length; i += 1) {
          const index = list[i]!;
          if (this.reachedIn[index] !== search) {
            this.reachedIn[index] = search;
            this.skills[index] = 0;
            this.sectors[index] = 0;
            reached.push(index);
          }
          counter[index]! += 1;
        }
      }
    };
    const { mentee } = context;
    count(mentee.skillsToDevelop, this.skills);
    count(mentee.targetSectors, this.sectors);

    // Mentors with the same counts (capped where the part is full) share a bound, so they are
    // bucketed by those counts (a counting sort: this loop sees thousands of mentors per mentee)
    // and visited bucket by bucket, highest bound first.
    // Topics are counted for the mentors reached, not used to reach: nearly everyone offers a common one.
    const fullSkills = Math.min(3, context.skills.size);
    const fullTopics = Math.min(2, context.topics.size);
    const sizes = this.bucketSizes.fill(0);
    const keys = this.bucketKeys;
    for (let i = 0; i < reached.length; i += 1) {
      const index = reached[i]!;
      const mentor = this.prepared[index]!;
      const topics = Math.min(context.topics.count(mentor.topics), fullTopics);
      const words = Math.min(context.roleWords.count(mentor.titleWords), 63);
      const key =
        ((Math.min(this.skills[index]!, fullSkills) * 2 + (this.sectors[index]! > 0 ? 1 : 0)) * 64 + words) *
          4 +
        topics;
      keys[i] = key;
      sizes[key]! += 1;
    }
    const buckets: { key: number; ceiling: number; start: number; end: number }[] = [];
    for (let key = 0; key < sizes.length; key += 1) {
      if (sizes[key] === 0) continue;
      const counts = {
        sharedSkills: key >> 9,
        sectorMatches: ((key >> 8) & 1) === 1,
        sharedRoleWords: (key >> 2) & 63,
        sharedTopics: key & 3,
      };
      buckets.push({ key, ceiling: scoreCeiling(context, weights, counts), start: 0, end: 0 });
    }
    buckets.sort((a, b) => b.ceiling - a.ceiling);
    const next = this.bucketNext;
    let offset = 0;
    for (const bucket of buckets) {
      bucket.start = offset;
      next[bucket.key] = offset;
      offset += sizes[bucket.key]!;
      bucket.end = offset;
    }
    const ordered = this.ordered;
    for (let i = 0; i < reached.length; i += 1) ordered[next[keys[i]!]!++] = reached[i]!;

    const top = new TopCandidates(n);
    visit: for (const bucket of buckets) {
      for (let position = bucket.start; position < bucket.end; position += 1) {
        if (!canReach(bucket.ceiling, top.floor)) break visit;
        consider(top, context, this.prepared[ordered[position]!]!, weights, history);
      }
    }
    // Those sharing no skill and no sector have the lowest bound of all (role and topics at best full).
    const nothingShared = {
      sharedSkills: 0,
      sectorMatches: false,
      sharedRoleWords: context.roleWords.size,
      sharedTopics: fullTopics,
    };
    if (canReach(scoreCeiling(context, weights, nothingShared), top.floor)) {
      this.prepared.forEach((mentor, index) => {
        if (this.reachedIn[index] !== search) consider(top, context, mentor, weights, history);
      });
    }
    return top.sorted();
  }
}

export interface TopKPerMenteeOptions {
  k: number;
  weights: NormalisedWeights;
  calendar: WeekCalendar;
  historyOf?: (menteeId: string) => PairingHistory;
}

/** The K best mentors of every mentee: the candidate edges of a matching cycle. */
export function topCandidatesPerMentee(
  mentees: readonly MenteeFacts[],
  index: MentorIndex,
  { k, weights, calendar, historyOf = () => NO_HISTORY }: TopKPerMenteeOptions,
): Map<string, Candidate[]> {
  const result = new Map<string, Candidate[]>();
  for (const mentee of mentees) {
    const context = prepareMentee(mentee, calendar);
    result.set(mentee.id, index.best(context, { n: k, weights, history: historyOf(mentee.id) }));
  }
  return result;
}
