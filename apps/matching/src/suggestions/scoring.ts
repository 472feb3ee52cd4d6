/**
 * How well a mentor fits a mentee: a score from 0 to 100 that is a sum of
 * named parts, each a value between 0 and 1 times its weight, and each able to
 * say why in words (a Reason). Pure: no Nest, no I/O, so it can be tested and
 * benchmarked on its own and run in a loop over many candidates.
 */
import { expandWeek, mondayOf, overlapMinutes, utcOffsetMinutes, type Interval } from './availability.js';
import type { MenteeFacts, MentorFacts } from './facts.js';

export const SCORE_PARTS = [
  'skills',
  'sector',
  'targetRole',
  'topics',
  'languages',
  'timeZone',
  'load',
  'responsiveness',
  // Last: the only part that needs the week's calendar, so the cheaper ones can rule a candidate out first.
  'availability',
] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

/** How much each part counts. Any non-negative numbers: they are normalised to sum to 1. */
export type Weights = Record<ScorePart, number>;

/**
 * Defaults, in points out of 100. What the mentee came for weighs most
 * (skills to develop, then the sector they aim at); being able to meet
 * (shared free time, a language, a workable time difference) comes next; load
 * and responsiveness only break near-ties, so that new and busy mentors are
 * still suggested.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  skills: 30, // share of the mentee's skills to develop the mentor has (3 or more: full)
  sector: 15, // the mentor works in one of the mentee's target sectors
  targetRole: 10, // the mentor's job title has the words of the mentee's target role
  topics: 10, // mentoring topics the mentee wants and the mentor offers (2 or more: full)
  languages: 10, // a shared language: full if it is the mentee's first, half otherwise
  availability: 10, // shared free time in the week (2 h or more: full)
  timeZone: 5, // 0 h apart: full, 12 h or more: none
  load: 5, // share of the mentor's places still free
  responsiveness: 5, // median answer in a day: full, a week or more: none, unknown: half
};

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

  intervalsOf(person: MentorFacts | MenteeFacts): Interval[] {
    let intervals = this.expanded.get(person);
    if (!intervals) {
      intervals = expandWeek(person.availability, person.timeZone, this.week);
      this.expanded.set(person, intervals);
    }
    return intervals;
  }

  hoursApart(zoneA: string, zoneB: string): number {
    const minutes =
      utcOffsetMinutes(zoneA, this.referenceInstant) - utcOffsetMinutes(zoneB, this.referenceInstant);
    return Math.abs(minutes) / 60;
  }
}

/** A mentee ready to be compared with many mentors: lookups built once. */
export interface MenteeContext {
  mentee: MenteeFacts;
  calendar: WeekCalendar;
  skills: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
}

export function prepareMentee(mentee: MenteeFacts, calendar: WeekCalendar): MenteeContext {
  return {
    mentee,
    calendar,
    skills: new Set(mentee.skillsToDevelop),
    sectors: new Set(mentee.targetSectors),
    topics: new Set(mentee.topics),
    roleWords: new Set(roleWords(mentee.targetRole)),
  };
}

function countShared(wanted: ReadonlySet<string>, offered: readonly string[]): number {
  let count = 0;
  for (const item of offered) if (wanted.has(item)) count += 1;
  return count;
}

/** In the mentee's order: the first item is what they listed first. */
function sharedItems(wanted: readonly string[], offered: readonly string[]): string[] {
  return wanted.filter((item) => offered.includes(item));
}

const clamp01 = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value);

interface PartRule {
  value(context: MenteeContext, mentor: MentorFacts): number;
  /** Called only for an explanation; null when there is nothing worth saying. */
  reason(context: MenteeContext, mentor: MentorFacts, value: number): Reason | null;
}

const RULES: Record<ScorePart, PartRule> = {
  skills: {
    value: ({ skills }, mentor) => {
      if (skills.size === 0) return 0;
      return clamp01(countShared(skills, mentor.skills) / Math.min(SKILLS_FOR_FULL_MARK, skills.size));
    },
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.skillsToDevelop, mentor.skills);
      return items.length > 0 ? { code: 'skills-in-common', count: items.length, items } : null;
    },
  },
  sector: {
    value: ({ sectors }, mentor) => (mentor.sector !== null && sectors.has(mentor.sector) ? 1 : 0),
    reason: (_context, mentor, value) =>
      value > 0 && mentor.sector ? { code: 'target-sector', sector: mentor.sector } : null,
  },
  targetRole: {
    value: ({ roleWords: wanted }, mentor) => {
      if (wanted.size === 0) return 0;
      return countShared(wanted, roleWords(mentor.jobTitle)) / wanted.size;
    },
    // Half the words of the target role is already "the same kind of job" (Data analyst / Data engineer).
    reason: (_context, mentor, value) =>
      value >= 0.5 && mentor.jobTitle ? { code: 'target-role', jobTitle: mentor.jobTitle } : null,
  },
  topics: {
    value: ({ topics }, mentor) => {
      if (topics.size === 0) return 0;
      return clamp01(countShared(topics, mentor.topics) / Math.min(TOPICS_FOR_FULL_MARK, topics.size));
    },
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.topics, mentor.topics);
      return items.length > 0 ? { code: 'topics-in-common', count: items.length, items } : null;
    },
  },
  languages: {
    value: ({ mentee }, mentor) => {
      const [first, ...others] = mentee.languages;
      if (first !== undefined && mentor.languages.includes(first)) return 1;
      return others.some((language) => mentor.languages.includes(language)) ? 0.5 : 0;
    },
    reason: ({ mentee }, mentor) => {
      const items = sharedItems(mentee.languages, mentor.languages);
      return items.length > 0 ? { code: 'shared-languages', items } : null;
    },
  },
  timeZone: {
    value: ({ mentee, calendar }, mentor) =>
      1 -
      Math.min(calendar.hoursApart(mentee.timeZone, mentor.timeZone), HOURS_APART_FOR_NO_MARK) /
        HOURS_APART_FOR_NO_MARK,
    // Said whatever it is: "same time zone" helps as much as "6 h apart" warns.
    reason: ({ mentee, calendar }, mentor) => ({
      code: 'time-difference',
      hours: calendar.hoursApart(mentee.timeZone, mentor.timeZone),
    }),
  },
  load: {
    value: (_context, mentor) =>
      mentor.capacity > 0 ? clamp01((mentor.capacity - mentor.activeMentees) / mentor.capacity) : 0,
    reason: (_context, mentor) => {
      const free = mentor.capacity - mentor.activeMentees;
      return free > 0 ? { code: 'free-places', count: free } : null;
    },
  },
  responsiveness: {
    value: (_context, { medianResponseDays: days }) => {
      if (days === null) return 0.5;
      return clamp01((ANSWER_DAYS_NONE - days) / (ANSWER_DAYS_NONE - ANSWER_DAYS_FULL));
    },
    reason: (_context, { medianResponseDays: days }) =>
      days !== null && days < ANSWER_DAYS_NONE
        ? { code: 'answers-within', days: Math.max(1, Math.ceil(days)) }
        : null,
  },
  availability: {
    value: ({ mentee, calendar }, mentor) =>
      clamp01(
        overlapMinutes(calendar.intervalsOf(mentee), calendar.intervalsOf(mentor)) /
          SHARED_MINUTES_FOR_FULL_MARK,
      ),
    reason: ({ mentee, calendar }, mentor) => {
      const minutes = overlapMinutes(calendar.intervalsOf(mentee), calendar.intervalsOf(mentor));
      return minutes > 0 ? { code: 'shared-availability', hours: Math.round(minutes / 30) / 2 } : null;
    },
  },
};

const roundScore = (score: number): number => Math.round(score * 10) / 10;

/**
 * The score alone, without building reasons: what a loop over thousands of
 * candidates needs. Returns null as soon as the score cannot reach `floor`
 * (the parts left could not make up the difference), which spares the
 * availability computation for most of a large candidate list.
 */
export function scoreMentor(
  context: MenteeContext,
  mentor: MentorFacts,
  weights: NormalisedWeights,
  floor = Number.NEGATIVE_INFINITY,
): number | null {
  // The score is rounded to a tenth: anything from floor − 0.05 up may still round to the floor and
  // tie it, so only a bound below that (less a hair for floating-point error) rules a candidate out.
  const cutoff = floor - 0.05 - 1e-9;
  let total = 0;
  let remaining = 1;
  for (const part of SCORE_PARTS) {
    const weight = weights[part];
    remaining -= weight;
    if (weight === 0) continue;
    total += weight * RULES[part].value(context, mentor);
    if ((total + remaining) * 100 < cutoff) return null;
  }
  return roundScore(total * 100);
}

/** The score with every part and the reasons to show, strongest first. */
export function explainScore(
  context: MenteeContext,
  mentor: MentorFacts,
  weights: NormalisedWeights,
): ExplainedScore {
  const parts: PartScore[] = SCORE_PARTS.map((part) => {
    const value = RULES[part].value(context, mentor);
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
