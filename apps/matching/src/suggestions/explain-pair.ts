import type { EntityManager } from 'typeorm';
import type { ExplainedMatch, Locale, ReasonView, ScorePartView } from '@passerelle/contracts';
import type { Member } from '../members/member.entity.js';
import { membersById } from '../members/members-by-id.js';
import { NO_PROFILE_YET } from '../members/profile-facts.js';
import type { Programme } from '../programmes/programme.entity.js';
import type { MentorFacts } from './facts.js';
import { menteeFactsOf, mentorFactsOf } from './member-facts.js';
import { scoringWeightsOf } from './mode-weights.js';
import { reasonLocaleOf, reasonView } from './reason-text.js';
import type { ReasonLocale, ReasonReader } from './reasons.js';
import {
  explainScore,
  prepareMentee,
  WeekCalendar,
  type MenteeContext,
  type NormalisedWeights,
} from './scoring.js';

export interface Explanation {
  score: number;
  parts: ScorePartView[];
  /** Strongest first. */
  reasons: ReasonView[];
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The score of one mentor for the mentee, its parts and its reasons in the reader's language. */
export function explainMentor(
  context: MenteeContext,
  mentor: MentorFacts,
  weights: NormalisedWeights,
  locale: ReasonLocale,
  reader: ReasonReader = 'mentee',
): Explanation {
  const explained = explainScore(context, mentor, weights);
  return {
    score: explained.score,
    parts: explained.parts.map(({ part, value, points }) => ({
      part,
      value: Math.round(value * 100) / 100,
      points: oneDecimal(points),
    })),
    reasons: explained.reasons.map((reason) => reasonView(reason, locale, reader)),
  };
}

/** The week whose availability the scores compare: the current one. */
export const thisWeek = (now = new Date()): WeekCalendar => new WeekCalendar(now.toISOString().slice(0, 10));

/**
 * Why a mentee fits a mentor in a programme, as the mentor sees it when a
 * request arrives and staff when they review a cycle (in the reader's
 * language, about the pair rather than to the mentee): the same score and
 * reasons the mentee saw among the suggestions, computed for this one pair
 * from the read model (no index needed). Null when matching knows either of
 * them no more (erased) or not yet (no profile saved).
 */
export async function explainPair(
  manager: EntityManager,
  programme: Pick<Programme, 'mode' | 'weights'>,
  menteeId: string,
  mentorId: string,
  locale?: Locale,
  reader: ReasonReader = 'observer',
): Promise<ExplainedMatch | null> {
  // One query: the manager may be a transaction's, whose one connection takes one query at a time.
  const members = await membersById(manager, [menteeId, mentorId]);
  return explainMembers(programme, members.get(menteeId), members.get(mentorId), locale, reader);
}

/** explainPair on the two members' rows already read (undefined: not in the read model). */
export function explainMembers(
  programme: Pick<Programme, 'mode' | 'weights'>,
  mentee: Member | undefined,
  mentor: Member | undefined,
  locale?: Locale,
  reader: ReasonReader = 'observer',
): ExplainedMatch | null {
  const known = (member: Member | undefined): member is Member =>
    member !== undefined && member.profileUpdatedAt > NO_PROFILE_YET;
  if (!known(mentee) || !known(mentor)) return null;
  const context = prepareMentee(menteeFactsOf(programme.mode, mentee), thisWeek());
  const { score, reasons } = explainMentor(
    context,
    mentorFactsOf(programme.mode, mentor),
    scoringWeightsOf(programme),
    reasonLocaleOf(locale),
    reader,
  );
  return { score, reasons: reasons.map((reason) => reason.text) };
}
