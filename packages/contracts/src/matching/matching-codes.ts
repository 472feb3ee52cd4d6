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
