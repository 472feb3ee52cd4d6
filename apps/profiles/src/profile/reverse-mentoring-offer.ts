import { isRecentGraduate, RECENT_GRADUATE_YEARS, Role, type FieldError } from '@passerelle/contracts';

/** The offer as the profile row holds it once the update is applied. */
export interface ReverseMentoringOffer {
  offersReverseMentoring: boolean;
  reverseMentoringOffer: readonly string[];
}

/**
 * What is wrong with a reverse-mentoring offer about to be saved: an offer
 * names at least one topic; an alumnus may make one only within two years of
 * graduating. The recency is checked when the offer is turned on, not on
 * every later save, so a graduate whose offer has aged can still edit the
 * rest of their profile (and withdraw it); matching stops suggesting them.
 */
export function findReverseOfferProblems(
  role: Role.Alumnus | Role.Student,
  wasOffering: boolean,
  offer: ReverseMentoringOffer,
  graduationYear: number | null,
  now = new Date(),
): FieldError[] {
  if (!offer.offersReverseMentoring) return [];
  const problems: FieldError[] = [];
  if (role === Role.Alumnus && !wasOffering && !isRecentGraduate(graduationYear, now)) {
    problems.push({
      field: 'alumnus.offersReverseMentoring',
      messages: [
        `offersReverseMentoring is for students and for alumni who graduated in the last ${RECENT_GRADUATE_YEARS} years (set graduationYear first)`,
      ],
    });
  }
  if (offer.reverseMentoringOffer.length === 0) {
    problems.push({
      field: `${role}.reverseMentoringOffer`,
      messages: ['reverseMentoringOffer must name at least one topic while offersReverseMentoring is on'],
    });
  }
  return problems;
}
