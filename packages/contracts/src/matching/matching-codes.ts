/**
 * Stable codes of the matching service, shared by matching, the gateway and
 * the web app (labels live in the web app). Never renamed once published:
 * they are stored and carried by events.
 */

/**
 * Who mentors whom in a programme. `classic`: an alumnus mentors a student on
 * the job search. `reverse`: a student (or a recent graduate) mentors an
 * alumnus on digital topics (the profiles' reverse-mentoring topics).
 */
export const MENTORING_MODES = ['classic', 'reverse'] as const;
export type MentoringMode = (typeof MENTORING_MODES)[number];

/**
 * A mentee's request, sent to up to three ranked mentors, one at a time.
 * `pending`: waiting for the current choice; `info-requested`: that mentor
 * asked a question the mentee has not answered yet. Closed states:
 * `accepted` (a mentorship was proposed), `declined` (every choice declined
 * or expired), `expired` (the last choice did not answer), `withdrawn`.
 */
export const REQUEST_STATUSES = [
  'pending',
  'info-requested',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['pending', 'info-requested'];

/** What became of one ranked choice of a request. */
export const CHOICE_OUTCOMES = [
  'waiting',
  'accepted',
  'declined',
  'expired',
  'skipped',
  'withdrawn',
] as const;
export type ChoiceOutcome = (typeof CHOICE_OUTCOMES)[number];

/** Why a mentor declines a request (plus free text). */
export const DECLINE_REASONS = [
  'no-time',
  'not-my-field',
  'needs-not-clear',
  'language',
  'time-zone',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * proposed → active → paused ⇄ active → completed; any open state may end
 * early (`ended`, with a reason); a proposal either side declines is
 * `declined` (the mentee goes back to the pool).
 */
export const MENTORSHIP_STATUSES = [
  'proposed',
  'active',
  'paused',
  'completed',
  'ended',
  'declined',
] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];
/** The states that hold one of the mentor's places. */
export const PLACE_HOLDING_STATUSES: readonly MentorshipStatus[] = ['proposed', 'active', 'paused'];

/** Why a mentorship ended before its term. */
export const EARLY_END_REASONS = [
  'goals-reached-early',
  'no-longer-available',
  'not-a-good-fit',
  'no-response',
  'found-a-job',
  'other',
] as const;
export type EarlyEndReason = (typeof EARLY_END_REASONS)[number];

/** Where a mentorship came from. */
export const MENTORSHIP_ORIGINS = ['request', 'cycle'] as const;
export type MentorshipOrigin = (typeof MENTORSHIP_ORIGINS)[number];

export const REQUEST_MAX_CHOICES = 3;
export const REQUEST_MESSAGE_MAX_LENGTH = 2_000;
export const DEFAULT_REQUEST_EXPIRY_DAYS = 7;
export const DEFAULT_STALLED_AFTER_DAYS = 21;
export const DEFAULT_MEETING_MINUTES_PER_MONTH = 60;
export const DEFAULT_MENTORSHIP_MONTHS = 6;
/** A student mentoring back takes one alumnus at a time unless they say otherwise. */
export const REVERSE_MENTOR_CAPACITY = 1;

export const SUGGESTIONS_DEFAULT_LIMIT = 10;
export const SUGGESTIONS_MAX_LIMIT = 20;
/** The largest time-zone gap a mentee may set as their limit (no two zones are further apart). */
export const MAX_TIME_ZONE_GAP_HOURS = 26;
/** What a mentee narrows the suggestions to; each one is a hard filter. */
export const SUGGESTION_FILTERS = ['sector', 'language', 'maxTimeZoneGapHours', 'topic', 'format'] as const;
export type SuggestionFilter = (typeof SUGGESTION_FILTERS)[number];

/**
 * The named parts of a match score, each with a weight staff tune per
 * programme: matching's scoring sums them in this order (its SCORE_PARTS),
 * and the gateway and the web app name them.
 */
export const SCORE_WEIGHT_PARTS = [
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
export type ScoreWeightPart = (typeof SCORE_WEIGHT_PARTS)[number];

/** A weight is any number from 0 to this; the scoring normalises them to shares of 100. */
export const SCORE_WEIGHT_MAX = 1_000;

/**
 * The weights a programme scores with until staff change them, in points out
 * of 100. What the mentee came for weighs most (skills to develop, then the
 * sector they aim at); being able to meet (shared free time, a language, a
 * workable time difference) comes next; load and responsiveness only break
 * near-ties, so that new and busy mentors are still suggested. Here so staff's
 * weights page can offer them back; matching scores with them.
 */
export const DEFAULT_SCORE_WEIGHTS: Readonly<Record<ScoreWeightPart, number>> = {
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

/** The bounds of a programme's timings (whole numbers). */
export const PROGRAMME_TIMING_LIMITS = {
  requestExpiryDays: { min: 1, max: 60 },
  stalledAfterDays: { min: 1, max: 365 },
  meetingMinutesPerMonth: { min: 15, max: 1_440 },
  durationMonths: { min: 1, max: 36 },
} as const;

/**
 * Parts a mode has no facts for, so its scoring leaves them out whatever
 * their weight (counted, they would cap every score): a student or recent
 * graduate mentoring back has no skills, sector or job title to match an
 * alumnus's wish against.
 */
export const SCORE_PARTS_WITHOUT_FACTS: Readonly<Record<MentoringMode, readonly ScoreWeightPart[]>> = {
  classic: [],
  reverse: ['skills', 'sector', 'targetRole'],
};

/**
 * Why matching refused a change to a cycle's draft (409 CONFLICT), in
 * `details.reason`, so a page can say it in the reader's language.
 */
export const CYCLE_CONFLICTS = [
  'published',
  'no-mentor',
  'same-mentor',
  'removed-pair',
  'ruled-out',
] as const;
export type CycleConflict = (typeof CYCLE_CONFLICTS)[number];

/** How many candidate mentors per mentee the assignment considers (its top K). */
export const CYCLE_TOP_K = { default: 25, min: 3, max: 50 } as const;
/** Cohorts are years of graduation (expected, for students). */
export const COHORT_YEARS = { min: 1950, max: 2100 } as const;

export const CYCLE_STATUSES = ['draft', 'published'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** What publishing did with one pair. */
export const CYCLE_PUBLICATION_OUTCOMES = ['proposed', 'skipped'] as const;
export type CyclePublicationOutcome = (typeof CYCLE_PUBLICATION_OUTCOMES)[number];

/** Why publishing left a pair out: the mentor filled up, someone lacks the current charter, or they were paired meanwhile. */
export const CYCLE_SKIP_REASONS = ['capacity-reached', 'charter-missing', 'already-paired'] as const;
export type CycleSkipReason = (typeof CYCLE_SKIP_REASONS)[number];

/** Which rows of the draft a page shows. */
export const CYCLE_ENTRY_FILTERS = ['all', 'paired', 'unpaired', 'locked'] as const;
export type CycleEntryFilter = (typeof CYCLE_ENTRY_FILTERS)[number];
