/**
 * The best N mentors out of many without sorting them all: a bounded heap
 * keeps the N best seen so far, and its worst score is the floor a candidate
 * must reach, so scoring stops early (scoreMentor's floor) for most of them.
 * Hard filters run on the candidates whose score can make the list.
 */
import type { CodeSet } from './codes.js';
import { CodePostings } from './postings.js';
import { NO_HISTORY, type MenteeFacts, type MentorFacts, type PairingHistory } from './facts.js';
import { exclusionOfPrepared } from './hard-filters.js';
import {
  canReach,
  hoursApart,
  partPoints,
  pointsBySharedCount,
  prepareMentee,
  prepareMentor,
  scoreMentor,
  scoreWithSharedMinutes,
  type MenteeContext,
  type NormalisedWeights,
  type PreparedMentor,
  type ScorePart,
  type WeekCalendar,
} from './scoring.js';
import { flatOverlapMinutes, type FlatIntervals } from './availability.js';
import { KthLargest } from './kth-largest.js';
import { ValueGroups } from './value-groups.js';

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

/** Buckets of a tenth of a point, from 0 to 100 points. */
const BUCKETS_PER_POINT = 10;
// One more than 100 points' worth: a sum of exactly 1 (every part full) has a bucket of its own.
const BUCKET_COUNT = 100 * BUCKETS_PER_POINT + 1;

/** How many per-group tables an index keeps before starting afresh. */
const GROUP_TABLES_KEPT = 10_000;

/** A set's codes as a key: the same set, the same key. */
function sortedCodes(set: CodeSet): string {
  return sortedKey(set.codes);
}

function sortedKey(codes: Int32Array): string {
  return codes.slice().sort().join(',');
}

/**
 * A mentor's topics and languages as group keys, kept with its prepared facts
 * (an index is built again whenever mentors change, mostly over the same
 * facts). Both count the same in any order (a mentee's first language is found
 * wherever the mentor lists it), so sorted lists group more mentors together.
 */
const listKeys = new WeakMap<PreparedMentor, { topics: string; languages: string }>();
function listKeysOf(mentor: PreparedMentor): { topics: string; languages: string } {
  let keys = listKeys.get(mentor);
  if (!keys) {
    keys = { topics: sortedKey(mentor.topics), languages: sortedKey(mentor.languages) };
    listKeys.set(mentor, keys);
  }
  return keys;
}

/** A mentor's sum before availability when the hard filters rule it out (real sums are ≥ 0). */
const EXCLUDED = -1;
/**
 * How far below θ − availability a sum may be and its mentor still make the
 * list: both scores compared may round by half a tenth of a point (0.001 of
 * a sum), plus a hair for floating-point error.
 */
const ROUNDING_SLACK = 0.001 + 1e-9;

/** The lowest sum before availability that may still make a list whose N-th highest sum is `nthSum`. */
function reachThreshold(nthSum: number, weights: NormalisedWeights): number {
  return nthSum - weights.availability - ROUNDING_SLACK;
}

/** The highest sum (in points) a mentor of this bucket can have. */
function bucketCeiling(bucket: number): number {
  return (bucket + 1) / BUCKETS_PER_POINT;
}

/**
 * Every mentor's facts laid out for searching many mentees over the same
 * mentors (a cycle's thousands, or every suggestion request of a process).
 * A search works out, for every mentor, the exact sum of all the parts but
 * availability, cheaply: skills and job-title words are counted through
 * posting lists of the mentee's few codes, and the parts that depend on a
 * value many mentors share (sector, topics, languages, time zone) are worked
 * out once per distinct value. Availability, the costly part (intervals of
 * the week across zones), adds at most its weight: mentors are visited by
 * that sum, highest first (a counting sort on tenths of a point), and the
 * visit stops as soon as even full availability could not reach the K-th
 * best score found. Exact: the same scores and order as scoring everyone
 * (tested against that), because the sum is made in the same order as
 * scoreMentor makes it and availability is added the same way.
 */
export class MentorIndex {
  private readonly prepared: PreparedMentor[];
  /** Mentors the hard filters allow whoever the mentee is: available, with a free place. */
  private readonly open: Uint8Array;
  /** 1 for mentors no mentee may be offered (not open), and during a search those its history rules out. */
  private readonly closed: Uint8Array;
  /** Mentor ids to positions, made the first time a search has a history to apply. */
  private indicesById: Map<string, number[]> | null = null;
  private readonly skills: CodePostings;
  private readonly titleWords: CodePostings;
  /** The most skills and job-title words any mentor lists: the longest count tables a search needs. */
  private readonly mostShared: { skills: number; targetRole: number };
  private readonly sectors: ValueGroups;
  private readonly topics: ValueGroups;
  private readonly languages: ValueGroups;
  private readonly zones: ValueGroups;
  private readonly loadValue: Float64Array;
  private readonly responsivenessValue: Float64Array;
  /** Every mentor's free time in the week last searched, end to end (see weekOf). */
  private week: { week: string; start: Int32Array; times: FlatIntervals } | null = null;
  /** Scratch space of one search, per mentor, then the mentors in visiting order. */
  private readonly sharedSkills: Int32Array;
  private readonly sharedWords: Int32Array;
  private readonly beforeAvailability: Float64Array;
  private readonly bucketOf: Int32Array;
  private readonly candidates: Int32Array;
  private readonly ordered: Int32Array;
  private readonly bucketNext = new Int32Array(BUCKET_COUNT);
  /** Per-group tables of points and filters, by what they depend on (see groupTable). */
  private readonly groupTables = new Map<string, Float64Array>();

  constructor(readonly mentors: readonly MentorFacts[]) {
    const prepared = mentors.map(prepareMentor);
    const size = prepared.length;
    this.prepared = prepared;
    // Plain loops throughout: the service builds an index again whenever mentors change, and
    // typed arrays' from() with a mapping function is several times slower.
    this.open = new Uint8Array(size);
    this.loadValue = new Float64Array(size);
    this.responsivenessValue = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      const mentor = mentors[i]!;
      this.open[i] = mentor.available && mentor.activeMentees < mentor.capacity ? 1 : 0;
      this.loadValue[i] = prepared[i]!.loadValue;
      this.responsivenessValue[i] = prepared[i]!.responsivenessValue;
    }
    this.closed = this.open.map((open) => 1 - open);
    this.skills = new CodePostings(size, (i) => prepared[i]!.skills);
    this.titleWords = new CodePostings(size, (i) => prepared[i]!.titleWords);
    this.mostShared = {
      skills: prepared.reduce((most, mentor) => Math.max(most, mentor.skills.length), 0),
      targetRole: prepared.reduce((most, mentor) => Math.max(most, mentor.titleWords.length), 0),
    };
    this.sectors = new ValueGroups(size, (i) => prepared[i]!.sector);
    this.topics = new ValueGroups(size, (i) => listKeysOf(prepared[i]!).topics);
    this.languages = new ValueGroups(size, (i) => listKeysOf(prepared[i]!).languages);
    this.zones = new ValueGroups(size, (i) => prepared[i]!.timeZone);
    this.sharedSkills = new Int32Array(size);
    this.sharedWords = new Int32Array(size);
    this.beforeAvailability = new Float64Array(size);
    this.bucketOf = new Int32Array(size);
    this.candidates = new Int32Array(size);
    this.ordered = new Int32Array(size);
  }

  /** The N best mentors for the mentee, best first, hard filters applied. */
  best(context: MenteeContext, { n, weights, history = NO_HISTORY }: TopCandidatesOptions): Candidate[] {
    const count = this.orderCandidates(context, weights, history, n);
    const { ordered, bucketOf, beforeAvailability, prepared } = this;
    const week = this.weekOf(context.calendar);
    const availabilityPoints = weights.availability * 100;
    const top = new TopCandidates(n);
    for (let position = 0; position < count; position += 1) {
      const index = ordered[position]!;
      // The bucket's upper edge bounds everyone left: past it, nobody can make the list.
      if (!canReach(bucketCeiling(bucketOf[index]!) + availabilityPoints, top.floor)) break;
      const before = beforeAvailability[index]!;
      if (!canReach(before * 100 + availabilityPoints, top.floor)) continue;
      const minutes = flatOverlapMinutes(
        context.flatIntervals,
        week.times,
        week.start[index],
        week.start[index + 1],
      );
      const score = scoreWithSharedMinutes(before, minutes, weights);
      // Checked again in full: cheap for the few that get this far, and the filters' one authority.
      if (score < top.floor || exclusionOfPrepared(context, prepared[index]!, history) !== null) continue;
      top.offer({ mentor: prepared[index]!.facts, score });
    }
    return top.sorted();
  }

  /**
   * The mentors that may make the mentee's N best, highest sum before
   * availability first (in ordered[0…count)); returns count. The N-th highest
   * sum among allowed mentors, θ, bounds the N-th best score from below (a
   * score is at least its sum, give or take the rounding), so a mentor whose
   * sum plus full availability stays under θ cannot make the list and is not
   * even ordered.
   */
  private orderCandidates(
    context: MenteeContext,
    weights: NormalisedWeights,
    history: PairingHistory,
    n: number,
  ): number {
    const closedByHistory = [...history.pairedWith, ...history.declinedBy].flatMap(
      (id) => this.indicesOf(id) ?? [],
    );
    for (const index of closedByHistory) this.closed[index] = 1;
    let nthSum: number;
    try {
      nthSum = this.sumBeforeAvailability(context, weights, n);
    } finally {
      for (const index of closedByHistory) this.closed[index] = this.open[index] === 1 ? 0 : 1;
    }
    // Every allowed sum is ≥ 0, so with fewer than N allowed mentors every allowed one is a candidate.
    const threshold = Math.max(0, reachThreshold(nthSum, weights));

    const { beforeAvailability, bucketOf, candidates, ordered, bucketNext } = this;
    const bucketSizes = bucketNext.fill(0);
    let count = 0;
    for (let index = 0; index < beforeAvailability.length; index += 1) {
      const before = beforeAvailability[index]!;
      if (before < threshold) continue;
      // The sum is at most 1 (weights are normalised); the cap only guards against rounding.
      const bucket = Math.min(BUCKET_COUNT - 1, Math.floor(before * 100 * BUCKETS_PER_POINT));
      bucketOf[index] = bucket;
      bucketSizes[bucket]! += 1;
      candidates[count] = index;
      count += 1;
    }
    // Counting sort, highest bucket first: bucketNext[b] becomes where bucket b's next mentor goes.
    let offset = 0;
    for (let bucket = BUCKET_COUNT - 1; bucket >= 0; bucket -= 1) {
      const size = bucketSizes[bucket]!;
      bucketSizes[bucket] = offset;
      offset += size;
    }
    for (let position = 0; position < count; position += 1) {
      const index = candidates[position]!;
      ordered[bucketNext[bucketOf[index]!]!++] = index;
    }
    return count;
  }

  /**
   * Every mentor's sum of the parts before availability, into
   * beforeAvailability (EXCLUDED for those the hard filters rule out, and
   * those already out of reach after four parts); returns
   * the N-th highest sum (-Infinity with fewer than N allowed mentors).
   */
  private sumBeforeAvailability(context: MenteeContext, weights: NormalisedWeights, n: number): number {
    const { prepared, closed, beforeAvailability, loadValue, responsivenessValue } = this;
    const sharedSkills = this.sharedSkills.fill(0);
    const sharedWords = this.sharedWords.fill(0);
    this.skills.countInto(context.skills.codes, sharedSkills);
    this.titleWords.countInto(context.roleWords.codes, sharedWords);
    const { skills: skillPoints, targetRole: rolePoints } = pointsBySharedCount(
      context,
      weights,
      this.mostShared,
    );
    // Each table depends on a few of the mentee's values only (named in its key), which many
    // mentees share: worked out once for all of them.
    const sectorsKey = sortedCodes(context.sectors);
    const languagesKey = `${context.firstLanguage}/${sortedCodes(context.languages)}`;
    const zoneKey = `${context.calendar.referenceInstant}/${context.offset}`;
    const groupPoints = (groups: ValueGroups, part: ScorePart, key: string): Float64Array =>
      this.groupTable(`${part}/${weights[part]}/${key}`, groups, (representative) =>
        partPoints(part, context, prepared[representative]!, weights),
      );
    const sectorPoints = groupPoints(this.sectors, 'sector', sectorsKey);
    const topicPoints = groupPoints(this.topics, 'topics', sortedCodes(context.topics));
    const languagePoints = groupPoints(this.languages, 'languages', languagesKey);
    const zonePoints = groupPoints(this.zones, 'timeZone', zoneKey);
    // The hard filters a whole group passes or fails: a shared language, the time difference.
    const languageAllowed = this.groupTable(
      `language allowed/${languagesKey}`,
      this.languages,
      (representative) => (context.languages.count(prepared[representative]!.languages) > 0 ? 1 : 0),
    );
    const gapLimit = context.mentee.maxTimeZoneGapHours;
    const zoneAllowed = this.groupTable(
      `zone allowed/${zoneKey}/${gapLimit}`,
      this.zones,
      (representative) =>
        gapLimit === null || hoursApart(context, prepared[representative]!) <= gapLimit ? 1 : 0,
    );
    const sectorGroup = this.sectors.groupOf;
    const topicGroup = this.topics.groupOf;
    const languageGroup = this.languages.groupOf;
    const zoneGroup = this.zones.groupOf;
    const { load: loadWeight, responsiveness: responsivenessWeight } = weights;

    // The last four parts add at most their weights (values are at most 1): a mentor whose first
    // four stay below the reach of the N-th sum so far even with those added cannot make the list
    // (the N-th sum only rises) and need not be summed further. A hair more margin than the
    // threshold's covers the two sums being added in different orders.
    const mostAfterTopics =
      weights.languages + weights.timeZone + weights.load + weights.responsiveness + 1e-9;
    const nth = new KthLargest(n);
    let nthSum = nth.value;
    let reach = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < prepared.length; index += 1) {
      const language = languageGroup[index]!;
      const zone = zoneGroup[index]!;
      if (closed[index] === 1 || languageAllowed[language] === 0 || zoneAllowed[zone] === 0) {
        beforeAvailability[index] = EXCLUDED;
        continue;
      }
      // In SCORE_PARTS order, as scoreMentor adds them: the same sum to the last bit.
      let total = skillPoints[sharedSkills[index]!]!;
      total += sectorPoints[sectorGroup[index]!]!;
      total += rolePoints[sharedWords[index]!]!;
      total += topicPoints[topicGroup[index]!]!;
      if (total + mostAfterTopics < reach) {
        beforeAvailability[index] = EXCLUDED;
        continue;
      }
      total += languagePoints[language]!;
      total += zonePoints[zone]!;
      total += loadWeight * loadValue[index]!;
      total += responsivenessWeight * responsivenessValue[index]!;
      beforeAvailability[index] = total;
      if (total > nthSum) {
        nth.offer(total);
        nthSum = nth.value;
        reach = reachThreshold(nthSum, weights);
      }
    }
    return nthSum;
  }

  private indicesOf(id: string): number[] | undefined {
    if (!this.indicesById) {
      this.indicesById = new Map();
      for (let index = 0; index < this.mentors.length; index += 1) {
        const mentorId = this.mentors[index]!.id;
        const indices = this.indicesById.get(mentorId);
        if (indices) indices.push(index);
        else this.indicesById.set(mentorId, [index]);
      }
    }
    return this.indicesById.get(id);
  }

  /** `groups.table(valueOf)`, remembered under `key`, which must name everything the values depend on. */
  private groupTable(
    key: string,
    groups: ValueGroups,
    valueOf: (representative: number) => number,
  ): Float64Array {
    let table = this.groupTables.get(key);
    if (!table) {
      // Bounded: a long-lived index sees ever new combinations of weights and mentees' values.
      if (this.groupTables.size >= GROUP_TABLES_KEPT) this.groupTables.clear();
      table = groups.table(valueOf);
      this.groupTables.set(key, table);
    }
    return table;
  }

  /**
   * Every mentor's free time in the calendar's week, in one array (mentor i's
   * intervals are times[start[i]…start[i + 1])): the visit reads it in place
   * instead of following each mentor's own arrays. Kept until another week is asked.
   */
  private weekOf(calendar: WeekCalendar): NonNullable<MentorIndex['week']> {
    if (this.week?.week !== calendar.week) {
      const weeks = this.prepared.map((mentor) => calendar.flatIntervalsOfPrepared(mentor));
      const start = new Int32Array(weeks.length + 1);
      weeks.forEach((times, i) => (start[i + 1] = start[i]! + times.length));
      const times = new Float64Array(start[weeks.length]!);
      weeks.forEach((week, i) => times.set(week, start[i]!));
      this.week = { week: calendar.week, start, times };
    }
    return this.week;
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
