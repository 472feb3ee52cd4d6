import type { MentorStatus, MentorStatusEventKind } from '@passerelle/contracts';

export interface MentorStanding {
  status: MentorStatus;
  /** The person accepted the charter version that is current now. */
  acceptedCurrentCharter: boolean;
  /** Every training module passed and still valid now. */
  trainingValid: boolean;
}

/** Only an approved mentor who accepted the current charter and whose training is valid can take mentees. */
export function isMentorAvailable(standing: MentorStanding): boolean {
  return standing.status === 'approved' && standing.acceptedCurrentCharter && standing.trainingValid;
}

/** The availability event to announce when it goes from `before` to `after`, if any. */
export function availabilityChange(before: boolean, after: boolean): MentorStatusEventKind | null {
  if (before === after) return null;
  return after ? 'available' : 'unavailable';
}
