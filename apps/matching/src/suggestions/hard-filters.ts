/**
 * Who is never suggested, whatever the score, and why: the answer is kept so
 * staff (and tests) can see why a mentor they expected is missing.
 */
import type { MentorFacts, PairingHistory } from './facts.js';
import { prepareMentor, type MenteeContext, type PreparedMentor } from './scoring.js';

export type Exclusion =
  | { code: 'not-available' }
  | { code: 'no-free-capacity'; capacity: number }
  | { code: 'already-paired' }
  | { code: 'declined-before' }
  | { code: 'no-shared-language' }
  | { code: 'time-zone-gap'; hours: number; limitHours: number };

/** Why `mentor` may not be suggested to the mentee, or null when it may. */
export function exclusionOf(
  context: MenteeContext,
  mentor: MentorFacts,
  history: PairingHistory,
): Exclusion | null {
  return exclusionOfPrepared(context, prepareMentor(mentor), history);
}

/** The same, on a prepared mentor: what loops over many candidates call. Cheapest checks first. */
export function exclusionOfPrepared(
  context: MenteeContext,
  prepared: PreparedMentor,
  history: PairingHistory,
): Exclusion | null {
  const mentor = prepared.facts;
  if (!mentor.available) return { code: 'not-available' };
  if (mentor.activeMentees >= mentor.capacity) return { code: 'no-free-capacity', capacity: mentor.capacity };
  if (history.pairedWith.has(mentor.id)) return { code: 'already-paired' };
  if (history.declinedBy.has(mentor.id)) return { code: 'declined-before' };
  if (context.languages.count(prepared.languages) === 0) return { code: 'no-shared-language' };
  const limitHours = context.mentee.maxTimeZoneGapHours;
  if (limitHours !== null) {
    const hours = Math.abs(context.offset - context.calendar.offsetOf(prepared.timeZone)) / 60;
    if (hours > limitHours) return { code: 'time-zone-gap', hours, limitHours };
  }
  return null;
}
