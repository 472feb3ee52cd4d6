/**
 * How well a mentor fits a mentee: a score from 0 to 100 that is a sum of
 * named parts, each a value between 0 and 1 times its weight, and each able to
 * say why in words (a Reason). Pure: no Nest, no I/O, so it can be tested and
 * benchmarked on its own and run in a loop over many candidates.
 */
import { DEFAULT_SCORE_WEIGHTS, SCORE_WEIGHT_PARTS } from '@passerelle/contracts';
import {
  expandWeek,
  flatOverlapMinutes,
  flattenIntervals,
  mondayOf,
  overlapMinutes,
  utcOffsetMinutes,
  type FlatIntervals,
  type Interval,
} from './availability.js';
import { CodeSet, codeOf, codesOf } from './codes.js';
import type { MenteeFacts, MentorFacts } from './facts.js';

/** The parts in the order they are summed (see SCORE_WEIGHT_PARTS: availability last). */
export const SCORE_PARTS = SCORE_WEIGHT_PARTS;
export type ScorePart = (typeof SCORE_PARTS)[number];

/** How much each part counts. Any non-negative numbers: they are normalised to sum to 1. */
export type Weights = Record<ScorePart, number>;

/** What a programme scores with until staff change it (the contracts say why each part weighs what it does). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = DEFAULT_SCORE_WEIGHTS;

declare const normalised: unique symbol;
export type NormalisedWeights = Readonly<Weights> & { readonly [normalised]: true };

export function normaliseWeights(weights: Weights = DEFAULT_WEIGHTS): NormalisedWeights {
  let total = 0;
  for (const part of SCORE_PARTS) {
    const weight = weights[part];
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`The weight of ${part} must be a number ≥ 0, got ${weight}`);
    total += weight;
  }
  if (total === 0) throw new RangeError('At least one weight must be above 0');
  const result = {} as Weights;
  for (const part of SCORE_PARTS) result[part] = weights[part] / total;
  return result as NormalisedWeights;
}

/** Why a part counted, with what a sentence needs; written out by renderReason. */
export type Reason =
  | { code: 'skills-in-common'; count: number; items: string[] }
  | { code: 'target-sector'; sector: string }
  | { code: 'target-role'; jobTitle: string }
  | { code: 'topics-in-common'; count: number; items: string[] }
  | { code: 'shared-languages'; items: string[] }
  | { code: 'time-difference'; hours: number }
  | { code: 'shared-availability'; hours: number }
  | { code: 'free-places'; count: number }
  | { code: 'answers-within'; days: number };

export interface PartScore {
  part: ScorePart;
  /** 0–1: how much of the part is met. */
  value: number;
  /** What it adds to the score (weight × value × 100). */
  points: number;
  reason: Reason | null;
}

export interface ExplainedScore {
  mentorId: string;
  /** 0–100, one decimal. */
  score: number;
  /** Every part, in SCORE_PARTS order. */
  parts: PartScore[];
  /** The reasons worth showing, strongest first. */
  reasons: Reason[];
}

const SKILLS_FOR_FULL_MARK = 3;
const TOPICS_FOR_FULL_MARK = 2;
const SHARED_MINUTES_FOR_FULL_MARK = 120;
const HOURS_APART_FOR_NO_MARK = 12;
const ANSWER_DAYS_FULL = 1;
const ANSWER_DAYS_NONE = 7;

/** Words that say nothing about a role ("chargé de", "head of the"). */
const ROLE_STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'en',
  'et',
  'a',
  'of',
  'the',
  'and',
  'in',
]);

/** Lower case, no accents, no stop words: "Chargée d'études" → ['chargee', 'etudes']. */
export function roleWords(title: string | null): string[] {
  if (!title) return [];
  return title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !ROLE_STOP_WORDS.has(word));
}

/**
 * A mentor's facts as codes, worked out once per facts object (facts are
 * immutable snapshots of the read model), for the loop over many mentees.
 */
export interface PreparedMentor {
  facts: MentorFacts;
  skills: Int32Array;
  /** -1 without a sector. */
  sector: number;
  titleWords: Int32Array;
  topics: Int32Array;
  languages: Int32Array;
  timeZone: number;
  loadValue: number;
  responsivenessValue: number;
  /** The availability of the last week asked for: most runs score one week only. */
  week: { week: string; intervals: Interval[]; flat: FlatIntervals } | null;
}

const preparedMentors = new WeakMap<MentorFacts, PreparedMentor>();

export function prepareMentor(facts: MentorFacts): PreparedMentor {
  let prepared = preparedMentors.get(facts);
  if (!prepared) {
    prepared = {
      facts,
      skills: codesOf(facts.skills),
      sector: facts.sector === null ? -1 : codeOf(facts.sector),
      titleWords: codesOf(roleWords(facts.jobTitle)),
      topics: codesOf(facts.topics),
      languages: codesOf(facts.languages),
      timeZone: zoneCode(facts.timeZone),
      loadValue: mentorLoadValue(facts),
      responsivenessValue: mentorResponsivenessValue(facts),
      week: null,
    };
    preparedMentors.set(facts, prepared);
  }
  return prepared;
}

/**
 * The week suggestions are computed for, shared by every mentee scored in it,
 * so each mentor's availability is expanded to instants once per week.
 */
export class WeekCalendar {
  readonly week: string;
  /** Wednesday noon UTC: where time differences are read (both zones' offsets of that week). */
  readonly referenceInstant: number;
  private readonly expanded = new WeakMap<object, Interval[]>();

  constructor(anyDayOfWeek: string) {
    this.week = mondayOf(anyDayOfWeek);
    this.referenceInstant = Date.parse(`${this.week}T12:00:00Z`) + 2 * 86_400_000;
  }

  /** The mentor's slots as instants of this week, kept on the prepared mentor until another week is asked. */
  intervalsOfPrepared(mentor: PreparedMentor): Interval[] {
    return this.weekOf(mentor).intervals;
  }

  /** The same, flat: what the scoring loops read. */
  flatIntervalsOfPrepared(mentor: PreparedMentor): FlatIntervals {
    return this.weekOf(mentor).flat;
  }

  private weekOf(mentor: PreparedMentor): NonNullable<PreparedMentor['week']> {
    if (mentor.week?.week !== this.week) {
      const intervals = this.intervalsOf(mentor.facts);
      mentor.week = { week: this.week, intervals, flat: flattenIntervals(intervals) };
    }
    return mentor.week;
  }

  intervalsOf(person: MentorFacts | MenteeFacts): Interval[] {
    let intervals = this.expanded.get(person);
    if (!intervals) {
      intervals = expandWeek(person.availability, person.timeZone, this.week);
      this.expanded.set(person, intervals);
    }
    return intervals;
  }

  hoursApart(zoneA: string, zoneB: string): number {
    return Math.abs(this.offsetOf(zoneCode(zoneA)) - this.offsetOf(zoneCode(zoneB))) / 60;
  }

  /** By zone code: the zone's UTC offset in minutes at the reference instant. */
  private readonly offsets: number[] = [];

  offsetOf(zoneCode: number): number {
    let offset = this.offsets[zoneCode];
    if (offset === undefined) {
      offset = utcOffsetMinutes(zoneNames[zoneCode] ?? 'UTC', this.referenceInstant);
      this.offsets[zoneCode] = offset;
    }
    return offset;
  }
}

/** A mentee ready to be compared with many mentors: lookups built once. */
export interface MenteeContext {
  mentee: MenteeFacts;
  calendar: WeekCalendar;
  skills: CodeSet;
  sectors: CodeSet;
  topics: CodeSet;
  roleWords: CodeSet;
  /** The mentee's first language's code, -1 without any. */
  firstLanguage: number;
  languages: CodeSet;
  /** UTC offset of the mentee's zone at the calendar's reference instant, in minutes. */
  offset: number;
  intervals: Interval[];
  flatIntervals: FlatIntervals;
}

export function prepareMentee(mentee: MenteeFacts, calendar: WeekCalendar): MenteeContext {
  const first = mentee.languages[0];
  const intervals = calendar.intervalsOf(mentee);
  return {
    mentee,
    calendar,
    skills: new CodeSet(mentee.skillsToDevelop),
    sectors: new CodeSet(mentee.targetSectors),
    topics: new CodeSet(mentee.topics),
    roleWords: new CodeSet(roleWords(mentee.targetRole)),
    firstLanguage: first === undefined ? -1 : codeOf(first),
    languages: new CodeSet(mentee.languages),
    offset: calendar.offsetOf(zoneCode(mentee.timeZone)),
    intervals,
    flatIntervals: flattenIntervals(intervals),
  };
}

/** Zone names by code, for the calendar to look offsets up. */
const zoneNames: string[] = [];
function zoneCode(zone: string): number {
  const code = codeOf(zone);
  zoneNames[code] = zone;
  return code;
}

/** In the mentee's order: the first item is what they listed first. */
function sharedItems(wanted: readonly string[], offered: readonly string[]): string[] {
  return wanted.filter((item) => offered.includes(item));
}

const clamp01 = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value);

interface PartRule {
  /** Hot: runs for every candidate, so it reads codes only. */
  value(context: MenteeContext, mentor: PreparedMentor): number;
  /** Called only for an explanation; null when there is nothing worth saying. */
  reason(context: MenteeContext, mentor: MentorFacts, value: number): Reason | null;
}

function hasCode(codes: Int32Array, code: number): boolean {
  for (let i = 0; i < codes.length; i += 1) if (codes[i] === code) return true;
  return false;
}

export function hoursApart(context: MenteeContext, mentor: PreparedMentor): number {
  return Math.abs(context.offset - context.calendar.offsetOf(mentor.timeZone)) / 60;
}

// The value of each part, 0–1. Plain functions called directly: they run for every candidate pair.

function skillsPartValue({ skills }: MenteeContext, mentor: PreparedMentor): number {
  return skillsValue(skills.count(mentor.skills), skills.size);
}

function sectorValue({ sectors }: MenteeContext, mentor: PreparedMentor): number {
  return mentor.sector >= 0 && sectors.has(mentor.sector) ? 1 : 0;
}

function targetRoleValue({ roleWords: wanted }: MenteeContext, mentor: PreparedMentor): number {
  return roleValue(wanted.count(mentor.titleWords), wanted.size);
}

function topicsValue({ topics }: MenteeContext, mentor: PreparedMentor): number {
  return topicsCountValue(topics.count(mentor.topics), topics.size);
}

function languagesValue({ firstLanguage, languages }: MenteeContext, mentor: PreparedMentor): number {
  if (hasCode(mentor.languages, firstLanguage)) return 1;
  return languages.count(mentor.languages) > 0 ? 0.5 : 0;
}

function timeZoneValue(context: MenteeContext, mentor: PreparedMentor): number {
  return 1 - Math.min(hoursApart(context, mentor), HOURS_APART_FOR_NO_MARK) / HOURS_APART_FOR_NO_MARK;
}

// Load and responsiveness depend on the mentor alone: worked out once, in prepareMentor.
function loadValue(_context: MenteeContext, mentor: PreparedMentor): number {
  return mentor.loadValue;
}

function responsivenessValue(_context: MenteeContext, mentor: PreparedMentor): number {
  return mentor.responsivenessValue;
}

function mentorLoadValue(facts: MentorFacts): number {
  return facts.capacity > 0 ? clamp01((facts.capacity - facts.activeMentees) / facts.capacity) : 0;
}

function mentorResponsivenessValue({ medianResponseDays: days }: MentorFacts): number {
  if (days === null) return 0.5;
  return clamp01((ANSWER_DAYS_NONE - days) / (ANSWER_DAYS_NONE - ANSWER_DAYS_FULL));
}

function availabilityValue(context: MenteeContext, mentor: PreparedMentor): number {
  return sharedTimeValue(
    flatOverlapMinutes(context.flatIntervals, context.calendar.flatIntervalsOfPrepared(mentor)),
  );
}

function sharedTimeValue(minutes: number): number {
  return clamp01(minutes / SHARED_MINUTES_FOR_FULL_MARK);
}

const RULES: Record<ScorePart, PartRule> = {
  skills: {
    value: skillsPartValue,
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.skillsToDevelop, mentor.skills);
      return items.length > 0 ? { code: 'skills-in-common', count: items.length, items } : null;
    },
  },
  sector: {
    value: sectorValue,
    reason: (_context, mentor, value) =>
      value > 0 && mentor.sector ? { code: 'target-sector', sector: mentor.sector } : null,
  },
  targetRole: {
    value: targetRoleValue,
    // Half the words of the target role is already "the same kind of job" (Data analyst / Data engineer).
    reason: (_context, mentor, value) =>
      value >= 0.5 && mentor.jobTitle ? { code: 'target-role', jobTitle: mentor.jobTitle } : null,
  },
  topics: {
    value: topicsValue,
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.topics, mentor.topics);
      return items.length > 0 ? { code: 'topics-in-common', count: items.length, items } : null;
    },
  },
  languages: {
    value: languagesValue,
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.languages, mentor.languages);
      return items.length > 0 ? { code: 'shared-languages', items } : null;
    },
  },
  timeZone: {
    value: timeZoneValue,
    // Said whatever it is: "same time zone" helps as much as "6 h apart" warns.
    reason: (context, mentor) => ({
      code: 'time-difference',
      hours: hoursApart(context, prepareMentor(mentor)),
    }),
  },
  load: {
    value: loadValue,
    reason: (_context, mentor) => {
      const free = mentor.capacity - mentor.activeMentees;
      return free > 0 ? { code: 'free-places', count: free } : null;
    },
  },
  responsiveness: {
    value: responsivenessValue,
    reason: (_context, { medianResponseDays: days }) =>
      days !== null && days < ANSWER_DAYS_NONE
        ? { code: 'answers-within', days: Math.max(1, Math.ceil(days)) }
        : null,
  },
  availability: {
    value: availabilityValue,
    reason: ({ mentee, calendar }, mentor) => {
      const minutes = overlapMinutes(calendar.intervalsOf(mentee), calendar.intervalsOf(mentor));
      return minutes > 0 ? { code: 'shared-availability', hours: Math.round(minutes / 30) / 2 } : null;
    },
  },
};

const roundScore = (score: number): number => Math.round(score * 10) / 10;

// The values of the parts counted in shared items, from the counts: shared by the scoring and the index's tables.
function skillsValue(shared: number, wanted: number): number {
  return wanted === 0 ? 0 : clamp01(shared / Math.min(SKILLS_FOR_FULL_MARK, wanted));
}
function roleValue(sharedWords: number, wantedWords: number): number {
  return wantedWords === 0 ? 0 : clamp01(sharedWords / wantedWords);
}
function topicsCountValue(shared: number, wanted: number): number {
  return wanted === 0 ? 0 : clamp01(shared / Math.min(TOPICS_FOR_FULL_MARK, wanted));
}

/**
 * Whether a candidate whose score can be at most `ceiling` may still get into
 * a list whose worst score is `floor`. Scores are rounded to a tenth, so
 * anything from floor − 0.05 up may round to the floor and tie it; a hair more
 * is allowed for floating-point error.
 */
export function canReach(ceiling: number, floor: number): boolean {
  return ceiling >= floor - 0.05 - 1e-9;
}

/**
 * The score alone, without building reasons: what a loop over thousands of
 * candidates needs. Returns null as soon as the score cannot reach `floor`
 * (the parts left could not make up the difference), which spares the
 * availability computation for most of a large candidate list.
 */
export function scoreMentor(
  context: MenteeContext,
  mentor: MentorFacts | PreparedMentor,
  weights: NormalisedWeights,
  floor = Number.NEGATIVE_INFINITY,
): number | null {
  const m = 'facts' in mentor ? mentor : prepareMentor(mentor);
  const w = weights;
  // Unrolled, in SCORE_PARTS order, and summed exactly as explainScore sums (a zero weight adds
  // nothing): a loop calling each part through one call site is several times slower here.
  // After each part: could the parts left, at full marks, still bring the score to the floor?
  const cut = floor - 0.05 - 1e-9; // see canReach
  let total = 0;
  let remaining = 1 - w.skills;
  if (w.skills !== 0) total += w.skills * skillsPartValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.sector;
  if (w.sector !== 0) total += w.sector * sectorValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.targetRole;
  if (w.targetRole !== 0) total += w.targetRole * targetRoleValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.topics;
  if (w.topics !== 0) total += w.topics * topicsValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.languages;
  if (w.languages !== 0) total += w.languages * languagesValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.timeZone;
  if (w.timeZone !== 0) total += w.timeZone * timeZoneValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.load;
  if (w.load !== 0) total += w.load * loadValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  remaining -= w.responsiveness;
  if (w.responsiveness !== 0) total += w.responsiveness * responsivenessValue(context, m);
  if ((total + remaining) * 100 < cut) return null;
  if (w.availability !== 0) total += w.availability * availabilityValue(context, m);
  return roundScore(total * 100);
}

/**
 * The score from the sum of every part but availability (the last one in
 * SCORE_PARTS order) and the minutes both have free: adding availability
 * last, the same way, gives the same rounded score as scoreMentor and
 * explainScore.
 */
export function scoreWithSharedMinutes(
  beforeAvailability: number,
  sharedMinutes: number,
  weights: NormalisedWeights,
): number {
  let total = beforeAvailability;
  if (weights.availability !== 0) total += weights.availability * sharedTimeValue(sharedMinutes);
  return roundScore(total * 100);
}

/**
 * What a part adds to the sum (weight × value, before × 100) for this pair,
 * exactly as scoreMentor adds it: lets an index work a part out once for every
 * mentor with the same values (same sector, topics, languages or zone).
 */
export function partPoints(
  part: ScorePart,
  context: MenteeContext,
  mentor: PreparedMentor,
  weights: NormalisedWeights,
): number {
  return weights[part] * RULES[part].value(context, mentor);
}

/**
 * The same for the parts an index counts, by count (0 shared, 1 shared, …, up
 * to `mostShared`, the most any mentor can share): a table read, no branch.
 */
export function pointsBySharedCount(
  context: MenteeContext,
  weights: NormalisedWeights,
  mostShared: { skills: number; targetRole: number },
): { skills: Float64Array; targetRole: Float64Array } {
  const byCount = (most: number, value: (shared: number) => number, weight: number): Float64Array =>
    Float64Array.from({ length: most + 1 }, (_, shared) => weight * value(shared));
  return {
    skills: byCount(mostShared.skills, (shared) => skillsValue(shared, context.skills.size), weights.skills),
    targetRole: byCount(
      mostShared.targetRole,
      (shared) => roleValue(shared, context.roleWords.size),
      weights.targetRole,
    ),
  };
}

/** The score with every part and the reasons to show, strongest first. */
export function explainScore(
  context: MenteeContext,
  mentor: MentorFacts,
  weights: NormalisedWeights,
): ExplainedScore {
  const prepared = prepareMentor(mentor);
  const parts: PartScore[] = SCORE_PARTS.map((part) => {
    const value = RULES[part].value(context, prepared);
    return {
      part,
      value,
      points: weights[part] * value * 100,
      reason: weights[part] > 0 ? RULES[part].reason(context, mentor, value) : null,
    };
  });
  // Summed as scoreMentor does, so both give the same rounded score.
  const total = parts.reduce((sum, { part, value }) => sum + weights[part] * value, 0) * 100;
  const reasons = [...parts]
    .sort((a, b) => b.points - a.points)
    .flatMap((part) => (part.reason ? [part.reason] : []));
  return { mentorId: mentor.id, score: roundScore(total), parts, reasons };
}
