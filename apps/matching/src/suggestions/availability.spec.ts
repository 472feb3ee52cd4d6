import { seededRandom } from './facts.fixtures.js';
import {
  expandWeek,
  flatOverlapMinutes,
  flattenIntervals,
  mergeIntervals,
  mondayOf,
  overlapMinutes,
  utcOffsetMinutes,
  wallClockToInstant,
  type WeeklySlot,
} from './availability.js';

const utc = (iso: string): number => Date.parse(iso);
const asIso = (intervals: readonly (readonly [number, number])[]): string[][] =>
  intervals.map(([start, end]) => [new Date(start).toISOString(), new Date(end).toISOString()]);

const TUESDAY = 2;
const slot = (weekday: number, from: string, to: string): WeeklySlot => {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return { weekday, startMinute: minutes(from), endMinute: minutes(to) };
};

describe('time-zone offsets', () => {
  it('reads the offset in force at an instant, daylight saving included', () => {
    expect(utcOffsetMinutes('Europe/Paris', utc('2026-01-15T12:00:00Z'))).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', utc('2026-07-15T12:00:00Z'))).toBe(120);
    expect(utcOffsetMinutes('America/Toronto', utc('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutes('Asia/Kolkata', utc('2026-01-15T12:00:00Z'))).toBe(330);
    // Paris springs forward at 01:00 UTC on the last Sunday of March.
    expect(utcOffsetMinutes('Europe/Paris', utc('2026-03-29T00:59:00Z'))).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', utc('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('turns a wall-clock time into the right instant on both sides of a change', () => {
    expect(wallClockToInstant('America/Montreal', utc('2026-03-08T01:30:00Z'))).toBe(
      utc('2026-03-08T06:30:00Z'),
    );
    expect(wallClockToInstant('America/Montreal', utc('2026-03-08T03:30:00Z'))).toBe(
      utc('2026-03-08T07:30:00Z'),
    );
  });

  it('places a time skipped by the spring change where its minutes fall after it, and takes the first of a repeated one', () => {
    // 02:30 does not exist in Paris on 29 March 2026: it is 03:30 CEST, 01:30 UTC.
    expect(wallClockToInstant('Europe/Paris', utc('2026-03-29T02:30:00Z'))).toBe(utc('2026-03-29T01:30:00Z'));
    // 02:30 happens twice on 25 October 2026: first at +02:00.
    expect(wallClockToInstant('Europe/Paris', utc('2026-10-25T02:30:00Z'))).toBe(utc('2026-10-25T00:30:00Z'));
  });
});

describe('weekly slots as instants', () => {
  it('finds the Monday of any day of the week', () => {
    expect(mondayOf('2026-03-11')).toBe('2026-03-09');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
  });

  it('expands a slot in its owner zone for the given week', () => {
    expect(asIso(expandWeek([slot(TUESDAY, '18:00', '20:00')], 'Europe/Paris', '2026-03-04'))).toEqual([
      ['2026-03-03T17:00:00.000Z', '2026-03-03T19:00:00.000Z'],
    ]);
    expect(asIso(expandWeek([slot(TUESDAY, '18:00', '20:00')], 'Europe/Paris', '2026-07-01'))).toEqual([
      ['2026-06-30T16:00:00.000Z', '2026-06-30T18:00:00.000Z'],
    ]);
  });

  it('merges overlapping and touching slots and ignores empty ones', () => {
    const slots = [
      slot(1, '09:00', '10:00'),
      slot(1, '09:30', '11:00'),
      slot(1, '11:00', '12:00'),
      slot(2, '10:00', '10:00'),
    ];
    expect(asIso(expandWeek(slots, 'UTC', '2026-05-04'))).toEqual([
      ['2026-05-04T09:00:00.000Z', '2026-05-04T12:00:00.000Z'],
    ]);
  });

  it('counts the minutes two interval lists share', () => {
    const a = mergeIntervals([
      [0, 60 * 60_000],
      [120 * 60_000, 180 * 60_000],
    ]);
    const b = mergeIntervals([[30 * 60_000, 150 * 60_000]]);
    expect(overlapMinutes(a, b)).toBe(60);
    expect(overlapMinutes(a, [])).toBe(0);
  });
});

describe('Paris and Montréal across the March changes', () => {
  // North America moves its clocks on 8 March 2026, Europe on 29 March: for
  // three weeks the two cities are 5 h apart instead of 6.
  const paris = [slot(TUESDAY, '18:00', '20:00')];
  const montreal = [slot(TUESDAY, '12:00', '13:00')];
  const shared = (week: string): number =>
    overlapMinutes(expandWeek(paris, 'Europe/Paris', week), expandWeek(montreal, 'America/Montreal', week));

  it('overlaps one hour while both are on winter time', () => {
    expect(shared('2026-03-02')).toBe(60);
  });

  it('does not overlap in the weeks when only Montréal has changed', () => {
    expect(shared('2026-03-09')).toBe(0);
    expect(shared('2026-03-16')).toBe(0);
    expect(shared('2026-03-23')).toBe(0);
  });

  it('overlaps again once Paris has changed too', () => {
    expect(shared('2026-03-30')).toBe(60);
  });
});

describe('flat interval lists (what the loops over many pairs read)', () => {
  const ZONES = ['Europe/Paris', 'America/Montreal', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
  const randomSlots = (random: () => number): WeeklySlot[] =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const startMinute = Math.floor(random() * 1380);
      return {
        weekday: 1 + Math.floor(random() * 7),
        startMinute,
        endMinute: startMinute + Math.floor(random() * 300),
      };
    });

  it('share as many minutes as the interval lists, on random weeks across the March changes', () => {
    const random = seededRandom(17);
    for (const week of ['2026-03-02', '2026-03-09', '2026-03-23', '2026-03-30', '2026-04-06']) {
      for (let pair = 0; pair < 200; pair += 1) {
        const a = expandWeek(randomSlots(random), ZONES[pair % ZONES.length]!, week);
        const b = expandWeek(randomSlots(random), ZONES[(pair * 7) % ZONES.length]!, week);
        let expected = 0;
        for (const [aStart, aEnd] of a)
          for (const [bStart, bEnd] of b)
            expected += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
        expect(flatOverlapMinutes(flattenIntervals(a), flattenIntervals(b))).toBe(expected / 60_000);
        expect(overlapMinutes(a, b)).toBe(expected / 60_000);
      }
    }
  });

  it('read one person out of many laid end to end', () => {
    const monday = [[0, 60 * 60_000]] as const;
    const others = flattenIntervals([
      [0, 30 * 60_000],
      [0, 90 * 60_000],
      [45 * 60_000, 50 * 60_000],
    ]);
    // Three people with one interval each: the second shares the whole hour, the third 5 minutes.
    expect(flatOverlapMinutes(flattenIntervals(monday), others, 2, 4)).toBe(60);
    expect(flatOverlapMinutes(flattenIntervals(monday), others, 4, 6)).toBe(5);
    expect(flatOverlapMinutes(flattenIntervals(monday), others, 0, 0)).toBe(0);
  });
});
