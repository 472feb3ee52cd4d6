/**
 * Weekly availability across time zones. A slot is wall-clock time in its
 * owner's IANA zone ("Tuesdays 18:00–20:00 in Europe/Paris"), the way people
 * think of it and the way profiles stores it. Two people's slots can only be
 * compared as instants of one given week: the same wall-clock slot moves
 * against UTC when its zone changes to or from daylight saving time, and
 * Europe and North America do not change on the same dates.
 */

/** ISO weekday (1 = Monday … 7 = Sunday), minutes since local midnight, end excluded. */
export interface WeeklySlot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** [start, end) in milliseconds since the epoch. */
export type Interval = readonly [start: number, end: number];

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Offsets change on quarter-hour instants in every zone in use (Lord Howe's
 * half-hour change included), so an offset looked up once per quarter hour
 * and zone is exact, and looking it up is the costly part.
 */
const BUCKET_MS = 15 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function computeOffsetMinutes(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wallClock = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
  );
  return Math.round((wallClock - Math.floor(instant / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** The zone's offset from UTC, in minutes, at `instant` (Paris in July: 120). */
export function utcOffsetMinutes(timeZone: string, instant: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const bucket = Math.floor(instant / BUCKET_MS);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    offset = computeOffsetMinutes(timeZone, bucket * BUCKET_MS);
    zone.set(bucket, offset);
  }
  return offset;
}

/**
 * The instant at which a wall clock in `timeZone` shows `wallClock` (given as
 * if it were UTC). In the hour skipped by a spring change the clock never
 * shows that time: the instant is the one the pre-change offset gives, which
 * is where the slot's minutes really are after the change. In the hour
 * repeated by an autumn change the first occurrence is taken.
 */
export function wallClockToInstant(timeZone: string, wallClock: number): number {
  // The instant lies within 14 h of `wallClock`, so the offsets a day either
  // side are the ones in force before and after any change near it.
  const offsetBefore = utcOffsetMinutes(timeZone, wallClock - DAY_MS);
  const offsetAfter = utcOffsetMinutes(timeZone, wallClock + DAY_MS);
  const early = wallClock - Math.max(offsetBefore, offsetAfter) * MINUTE_MS;
  const late = wallClock - Math.min(offsetBefore, offsetAfter) * MINUTE_MS;
  for (const candidate of [early, late]) {
    if (candidate + utcOffsetMinutes(timeZone, candidate) * MINUTE_MS === wallClock) return candidate;
  }
  return wallClock - offsetBefore * MINUTE_MS;
}

/** Monday of the ISO week containing `day` ('YYYY-MM-DD'), as 'YYYY-MM-DD'. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${day}`);
  const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1;
  return new Date(date.getTime() - (isoWeekday - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** Monday 00:00 UTC of the week, remembered: a cycle expands thousands of people's slots for one week. */
const mondays = new Map<string, number>();
function mondayInstant(week: string): number {
  let monday = mondays.get(week);
  if (monday === undefined) {
    monday = Date.parse(`${mondayOf(week)}T00:00:00Z`);
    if (mondays.size > 1000) mondays.clear();
    mondays.set(week, monday);
  }
  return monday;
}

/**
 * The slots of one week as sorted, merged instants. `week` is any day of that
 * week ('YYYY-MM-DD'); the week runs Monday to Sunday in the owner's zone.
 */
export function expandWeek(slots: readonly WeeklySlot[], timeZone: string, week: string): Interval[] {
  const monday = mondayInstant(week);
  const intervals: [number, number][] = [];
  for (const slot of slots) {
    if (slot.endMinute <= slot.startMinute) continue;
    const day = monday + (slot.weekday - 1) * DAY_MS;
    const start = wallClockToInstant(timeZone, day + slot.startMinute * MINUTE_MS);
    const end = wallClockToInstant(timeZone, day + slot.endMinute * MINUTE_MS);
    if (end > start) intervals.push([start, end]);
  }
  return mergeIntervals(intervals);
}

/** Sorted, non-overlapping, touching intervals joined. Sorts `intervals` in place. */
export function mergeIntervals(intervals: [number, number][]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/**
 * Sorted, merged intervals as one flat array [start₀, end₀, start₁, end₁, …]:
 * what the loops over many candidate pairs read (no array per interval to follow).
 */
export type FlatIntervals = Float64Array;

export function flattenIntervals(intervals: readonly Interval[]): FlatIntervals {
  const flat = new Float64Array(intervals.length * 2);
  intervals.forEach(([start, end], i) => {
    flat[2 * i] = start;
    flat[2 * i + 1] = end;
  });
  return flat;
}

/** Minutes both have free, for two sorted, merged interval lists. */
export function overlapMinutes(a: readonly Interval[], b: readonly Interval[]): number {
  return flatOverlapMinutes(flattenIntervals(a), flattenIntervals(b));
}

/**
 * The same on flat lists: runs for every candidate pair. `b` may be a slice
 * [bFrom, bTo) of a larger array holding many people's weeks.
 */
export function flatOverlapMinutes(a: FlatIntervals, b: FlatIntervals, bFrom = 0, bTo = b.length): number {
  let total = 0;
  let i = 0;
  let j = bFrom;
  while (i < a.length && j < bTo) {
    const aEnd = a[i + 1]!;
    const bEnd = b[j + 1]!;
    const overlap = Math.min(aEnd, bEnd) - Math.max(a[i]!, b[j]!);
    if (overlap > 0) total += overlap;
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return total / MINUTE_MS;
}
