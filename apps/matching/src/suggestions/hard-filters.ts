/**
 * Who is never suggested, whatever the score, and why: the answer is kept so
 * staff (and tests) can see why a mentor they expected is missing.
 */
import type { MentorFacts, PairingHistory } from './facts.js';
import type { MenteeContext } from './scoring.js';

export type Exclusion =
  | { code: 'not-available' }
  | { code: 'no-free-capacity'; capacity: number }
  | { code: 'already-paired' }
  | { code: 'declined-before' }
  | { code: 'no-shared-language' }
  | { code: 'time-zone-gap'; hours: number; limitHours: number };

/** Why `mentor` may not be suggested to the mentee, or null when it may. Cheapest checks first. */
export function exclusionOf(
  context: MenteeContext,
  mentor: MentorFacts,
  history: PairingHistory,
): Exclusion | null {
  if (!mentor.available) return { code: 'not-available' };
  if (mentor.activeMentees >= mentor.capacity) return { code: 'no-free-capacity', capacity: mentor.capacity };
  if (history.pairedWith.has(mentor.id)) return { code: 'already-paired' };
  if (history.declinedBy.has(mentor.id)) return { code: 'declined-before' };
  const { mentee, calendar } = context;
  if (!mentee.languages.some((language) => mentor.languages.includes(language)))
    return { code: 'no-shared-language' };
  const limitHours = mentee.maxTimeZoneGapHours;
  if (limitHours !== null) {
    const hours = calendar.hoursApart(mentee.timeZone, mentor.timeZone);
    if (hours > limitHours) return { code: 'time-zone-gap', hours, limitHours };
  }
  return null;
}
