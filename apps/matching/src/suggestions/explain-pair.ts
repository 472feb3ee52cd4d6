import { In, type EntityManager } from 'typeorm';
import type { ExplainedMatch, Locale, ReasonView, ScorePartView } from '@passerelle/contracts';
import { Member } from '../members/member.entity.js';
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
  const rows = await manager.findBy(Member, { accountId: In([menteeId, mentorId]) });
  const byId = (accountId: string) => rows.find((row) => row.accountId === accountId) ?? null;
  const [mentee, mentor] = [byId(menteeId), byId(mentorId)];
  const known = (member: Member | null): member is Member =>
    member !== null && member.profileUpdatedAt > NO_PROFILE_YET;
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
