import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource } from 'typeorm';
import {
  ErrorCode,
  SUGGESTIONS_DEFAULT_LIMIT,
  type ListSuggestionsQuery,
  type MentorSuggestion,
  type MentoringMode,
  type SuggestionFilter,
  type SuggestionList,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { Member } from '../members/member.entity.js';
import { NO_PROFILE_YET } from '../members/profile-facts.js';
import { Programme } from '../programmes/programme.entity.js';
import { DATA_SOURCE } from '../tokens.js';
import { explainMentor, thisWeek } from './explain-pair.js';
import type { PairingHistory } from './facts.js';
import { isAvailableIn, MENTEE_ROLE, menteeFactsOf, mentorFactsOf } from './member-facts.js';
import { scoringWeightsOf } from './mode-weights.js';
import { pairingHistoryOf } from './pairing-history.js';
import { reasonLocaleOf } from './reason-text.js';
import type { ReasonLocale } from './reasons.js';
import { chosenFilters, mentorFilterOf, withoutFilter } from './suggestion-filters.js';
import { SuggestionIndex, type ModeMentors } from './suggestion-index.js';
import { prepareMentee, type NormalisedWeights, type WeekCalendar } from './scoring.js';
import { topCandidates, type Candidate } from './top-candidates.js';

/**
 * Candidates asked beyond the limit: the index may be a second or two
 * behind, and the rows read back at the end can drop one (a place just taken).
 */
const SPARE_CANDIDATES = 5;

const WHO_ASKS: Record<MentoringMode, string> = {
  classic: 'In this programme students look for a mentor',
  reverse: 'In reverse mentoring alumni look for a student mentor',
};

/** Everything one suggestion list is computed from. */
interface Search {
  mode: MentoringMode;
  mentee: Member;
  mentors: ModeMentors;
  weights: NormalisedWeights;
  history: PairingHistory;
  calendar: WeekCalendar;
  n: number;
}

@Injectable()
export class SuggestionsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly index: SuggestionIndex,
  ) {}

  /**
   * The caller's best mentors in a programme, best first, each with its score,
   * parts and reasons in the caller's language. The search runs on the
   * in-memory index; the few rows returned are read again, so a mentor who
   * just became unavailable or full is not shown.
   */
  async list(actor: ActorRef, query: ListSuggestionsQuery): Promise<SuggestionList> {
    const programme = await this.dataSource.manager.findOneBy(Programme, { id: query.programmeId });
    if (!programme) throw new DomainError(ErrorCode.NOT_FOUND, 'No programme has this id');
    const { mode } = programme;
    if (actor.role !== MENTEE_ROLE[mode]) throw new DomainError(ErrorCode.FORBIDDEN, WHO_ASKS[mode]);
    const empty = { programmeId: programme.id, mode, items: [], relaxable: [] };
    const mentee = await this.dataSource.manager.findOneBy(Member, { accountId: actor.userId });
    if (!mentee || mentee.profileUpdatedAt <= NO_PROFILE_YET) return { ...empty, profileMissing: true };

    const limit = query.limit ?? SUGGESTIONS_DEFAULT_LIMIT;
    const search: Search = {
      mode,
      mentee,
      mentors: await this.index.mentorsOf(mode),
      weights: scoringWeightsOf(programme),
      history: await pairingHistoryOf(this.dataSource.manager, mentee.accountId),
      calendar: thisWeek(),
      n: limit + SPARE_CANDIDATES,
    };
    const locale = reasonLocaleOf(query.locale);
    const items = await this.confirmed(search, this.candidates(search, query), limit, locale);
    const relaxable = items.length === 0 ? this.relaxable(search, query) : [];
    return { ...empty, items, relaxable, profileMissing: false };
  }

  private candidates(search: Search, query: ListSuggestionsQuery): Candidate[] {
    const { mode, mentee, mentors, weights, history, calendar, n } = search;
    const context = prepareMentee(menteeFactsOf(mode, mentee, query.maxTimeZoneGapHours ?? null), calendar);
    const filter = mentorFilterOf(query);
    if (!filter) return mentors.index.best(context, { n, weights, history });
    const chosen = mentors.list.filter(filter).map((mentor) => mentor.facts);
    return topCandidates(context, chosen, { n, weights, history });
  }

  /** The filters that, dropped alone, would bring suggestions back. */
  private relaxable(search: Search, query: ListSuggestionsQuery): SuggestionFilter[] {
    return chosenFilters(query).filter(
      (filter) => this.candidates(search, withoutFilter(query, filter)).length > 0,
    );
  }

  /** The candidates' rows read again: still there, still available; explained and ordered on those facts. */
  private async confirmed(
    search: Search,
    candidates: Candidate[],
    limit: number,
    locale: ReasonLocale,
  ): Promise<MentorSuggestion[]> {
    if (candidates.length === 0) return [];
    const { mode, mentee, weights, calendar } = search;
    const rows = await this.dataSource.manager.findBy(Member, {
      accountId: In(candidates.map((candidate) => candidate.mentor.id)),
    });
    const context = prepareMentee(menteeFactsOf(mode, mentee), calendar);
    return rows
      .filter((row) => isAvailableIn(mode, row))
      .map((row) => ({
        mentor: { accountId: row.accountId, displayName: row.displayName },
        jobTitle: row.jobTitle,
        freePlaces: row.capacity - row.placesTaken,
        ...explainMentor(context, mentorFactsOf(mode, row), weights, locale),
      }))
      .sort((a, b) => b.score - a.score || (a.mentor.accountId < b.mentor.accountId ? -1 : 1))
      .slice(0, limit);
  }
}
