import type { WeeklySlot } from './availability.js';

/**
 * What matching knows of a mentor: the facts of its read model (built from
 * the profiles events) plus what matching itself counts (load, answers).
 * Codes are the shared ones of @passerelle/contracts (skill ids, sector,
 * topic and ISO 639-1 language codes). Treated as immutable snapshots: the
 * scoring caches what it derives from one object, so a change is a new object.
 */
export interface MentorFacts {
  id: string;
  skills: readonly string[];
  sector: string | null;
  jobTitle: string | null;
  topics: readonly string[];
  /** Most fluent first. */
  languages: readonly string[];
  timeZone: string;
  availability: readonly WeeklySlot[];
  /** Most mentees at once. */
  capacity: number;
  /** Mentorships active or proposed now. */
  activeMentees: number;
  /** Approved and marked available by the mentor. */
  available: boolean;
  /** Median days to answer a request; null until the first answer. */
  medianResponseDays: number | null;
}

/** What a mentee is looking for (needs assessment) and the constraints they set. */
export interface MenteeFacts {
  id: string;
  skillsToDevelop: readonly string[];
  targetSectors: readonly string[];
  targetRole: string | null;
  topics: readonly string[];
  /** Preferred first. */
  languages: readonly string[];
  timeZone: string;
  availability: readonly WeeklySlot[];
  /** Largest time difference the mentee accepts, in hours; null: any. */
  maxTimeZoneGapHours: number | null;
}

/** Mentor ids a mentee may not be offered again. */
export interface PairingHistory {
  /** Mentors the mentee is in an active or proposed mentorship with (or has a pending request to). */
  pairedWith: ReadonlySet<string>;
  /** Mentors who declined this mentee before. */
  declinedBy: ReadonlySet<string>;
}

export const NO_HISTORY: PairingHistory = { pairedWith: new Set(), declinedBy: new Set() };
