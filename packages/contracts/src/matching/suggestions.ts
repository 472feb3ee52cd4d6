import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LANGUAGES,
  MEETING_FORMATS,
  MENTORING_TOPICS,
  REVERSE_MENTORING_TOPICS,
  SECTORS,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type ReverseMentoringTopic,
  type Sector,
} from '../profiles/profile-codes.js';
import {
  MAX_TIME_ZONE_GAP_HOURS,
  MENTORING_MODES,
  SCORE_WEIGHT_PARTS,
  SUGGESTION_FILTERS,
  SUGGESTIONS_MAX_LIMIT,
  type MentoringMode,
  type ScoreWeightPart,
  type SuggestionFilter,
} from './matching-codes.js';
import { LocalisedQuery, PersonRef } from './people.js';

/** The calling mentee's best mentors in a programme, explained (students in classic, alumni in reverse). */
export const LIST_SUGGESTIONS = 'rpc.matching.suggestion.list.v1';

const TOPICS = [...MENTORING_TOPICS, ...REVERSE_MENTORING_TOPICS] as const;
const oneOf = (name: string, list: readonly string[]) => ({
  message: `${name} must be one of: ${list.join(', ')}`,
});

/** `GET /api/v1/matching/suggestions?programmeId=&locale=&limit=&sector=…` and the NATS request. */
export class ListSuggestionsQuery extends LocalisedQuery {
  @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId!: string;
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${SUGGESTIONS_MAX_LIMIT}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${SUGGESTIONS_MAX_LIMIT}` })
  @Max(SUGGESTIONS_MAX_LIMIT, { message: `limit must be a whole number from 1 to ${SUGGESTIONS_MAX_LIMIT}` })
  limit?: number;
  /** Only mentors working in this sector. */
  @IsOptional() @IsIn(SECTORS, oneOf('sector', SECTORS)) sector?: Sector;
  /** Only mentors speaking this language. */
  @IsOptional() @IsIn(LANGUAGES, oneOf('language', LANGUAGES)) language?: LanguageCode;
  /** Only mentors at most this many hours away (the mentee's own limit). */
  @IsOptional()
  @Type(() => Number)
  @IsNumber(
    {},
    { message: `maxTimeZoneGapHours must be a number of hours from 0 to ${MAX_TIME_ZONE_GAP_HOURS}` },
  )
  @Min(0, { message: `maxTimeZoneGapHours must be a number of hours from 0 to ${MAX_TIME_ZONE_GAP_HOURS}` })
  @Max(MAX_TIME_ZONE_GAP_HOURS, {
    message: `maxTimeZoneGapHours must be a number of hours from 0 to ${MAX_TIME_ZONE_GAP_HOURS}`,
  })
  maxTimeZoneGapHours?: number;
  /** Only mentors offering this topic (a reverse-mentoring topic in reverse mode). */
  @IsOptional() @IsIn(TOPICS, oneOf('topic', TOPICS)) topic?: MentoringTopic | ReverseMentoringTopic;
  /** Only mentors meeting in this format. */
  @IsOptional() @IsIn(MEETING_FORMATS, oneOf('format', MEETING_FORMATS)) format?: MeetingFormat;
}

/** What one named part of the score added. */
export class ScorePartView {
  @IsIn(SCORE_WEIGHT_PARTS) part!: ScoreWeightPart;
  /** 0–1: how much of the part is met. */
  @IsNumber() value!: number;
  /** Points it adds to the score (weight × value), one decimal. */
  @IsNumber() points!: number;
}

/** One reason, as a code (for the web app to lay out) and a sentence in the reader's language. */
export class ReasonView {
  @IsString() code!: string;
  @IsString() text!: string;
}

export class MentorSuggestion {
  @ValidateNested() @Type(() => PersonRef) mentor!: PersonRef;
  /** 0–100, one decimal. */
  @IsNumber() score!: number;
  @ValidateNested({ each: true }) @Type(() => ScorePartView) parts!: ScorePartView[];
  /** Strongest first. */
  @ValidateNested({ each: true }) @Type(() => ReasonView) reasons!: ReasonView[];
  @IsOptional() @IsString() jobTitle!: string | null;
  @IsInt() freePlaces!: number;
}

export class SuggestionList {
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @ValidateNested({ each: true }) @Type(() => MentorSuggestion) items!: MentorSuggestion[];
  /**
   * When nothing fits: the filters that, dropped alone, would bring
   * suggestions back (for the empty state to say which one to relax).
   */
  @IsIn(SUGGESTION_FILTERS, { each: true }) relaxable!: SuggestionFilter[];
  /** Matching has no facts about the caller yet: they must save their profile first. */
  profileMissing!: boolean;
}
