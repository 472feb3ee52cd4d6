import type { MentoringMode } from '@passerelle/contracts';
import type { Member } from '../members/member.entity.js';
import { mentorsInMode } from '../programmes/programme-roles.js';

/** Why a mentor cannot receive a mentee's request now; null when they can. */
export type MentorRefusal = 'not-mentoring' | 'no-free-place' | 'already-paired';

/**
 * `alreadyPaired`: the two already have a proposed, active or paused
 * mentorship. Capacity here is only a courtesy check: the place itself is
 * taken by a conditional UPDATE when the mentor accepts.
 */
export function mentorRefusal(
  mentor: Member,
  mode: MentoringMode,
  alreadyPaired: boolean,
  now: Date,
): MentorRefusal | null {
  if (!mentorsInMode(mentor, mode, now)) return 'not-mentoring';
  if (alreadyPaired) return 'already-paired';
  if (mentor.placesTaken >= mentor.capacity) return 'no-free-place';
  return null;
}
