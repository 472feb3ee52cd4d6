import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageCounts, PageQuery } from '../common/page.js';
import { Locale } from '../common/role.js';
import { Trim } from '../profiles/account-fields.js';
import {
  CHOICE_OUTCOMES,
  DECLINE_REASONS,
  MENTORING_MODES,
  REQUEST_MAX_CHOICES,
  REQUEST_MESSAGE_MAX_LENGTH,
  REQUEST_STATUSES,
  type ChoiceOutcome,
  type DeclineReason,
  type MentoringMode,
  type RequestStatus,
} from './matching-codes.js';
import { ExplainedMatch, LocalisedQuery, PersonRef } from './people.js';

export const CREATE_REQUEST = 'rpc.matching.request.create.v1';
export const GET_REQUEST = 'rpc.matching.request.get.v1';
/** The caller's requests as a mentee. */
export const LIST_MY_REQUESTS = 'rpc.matching.request.list-mine.v1';
/** Requests waiting for the caller as a mentor, with the reasons of the match. */
export const LIST_INCOMING_REQUESTS = 'rpc.matching.request.list-incoming.v1';
export const ACCEPT_REQUEST = 'rpc.matching.request.accept.v1';
export const DECLINE_REQUEST = 'rpc.matching.request.decline.v1';
export const ASK_REQUEST_INFO = 'rpc.matching.request.ask-info.v1';
export const ANSWER_REQUEST_INFO = 'rpc.matching.request.answer-info.v1';
export const WITHDRAW_REQUEST = 'rpc.matching.request.withdraw.v1';

export const REQUEST_MESSAGE_MIN_LENGTH = 20;
export const REQUEST_NOTE_MAX_LENGTH = 1_000;

const oneOf = (name: string, list: readonly string[]) => ({
  message: `${name} must be one of: ${list.join(', ')}`,
});

/** A mentee asks up to three mentors, in order; the request goes to the first. */
export class CreateMentoringRequest {
  @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId!: string;
  @ArrayMinSize(1, { message: 'mentorIds must name at least one mentor' })
  @ArrayMaxSize(REQUEST_MAX_CHOICES, { message: `mentorIds may name at most ${REQUEST_MAX_CHOICES} mentors` })
  @ArrayUnique({ message: 'mentorIds must not name the same mentor twice' })
  @IsUUID('all', { each: true, message: 'each of mentorIds must be an account id' })
  mentorIds!: string[];
  @Trim()
  @IsString()
  @MinLength(REQUEST_MESSAGE_MIN_LENGTH, {
    message: `message must say in at least ${REQUEST_MESSAGE_MIN_LENGTH} characters what you hope for`,
  })
  @MaxLength(REQUEST_MESSAGE_MAX_LENGTH)
  message!: string;
}

export class RequestIdParam {
  @IsUUID('all', { message: 'requestId must be a request id' }) requestId!: string;
}

/** The HTTP body of a decline (the request id is in the path). */
export class DeclineRequestBody {
  @IsIn(DECLINE_REASONS, oneOf('reason', DECLINE_REASONS)) reason!: DeclineReason;
  @IsOptional() @Trim() @IsString() @MaxLength(REQUEST_NOTE_MAX_LENGTH) note?: string;
}

export class DeclineMentoringRequest extends DeclineRequestBody {
  @IsUUID('all', { message: 'requestId must be a request id' }) requestId!: string;
}

/** The HTTP body of the mentor's question or the mentee's answer. */
export class RequestInfoBody {
  @Trim()
  @IsString()
  @MinLength(2, { message: 'text must have at least 2 characters' })
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  text!: string;
}

/** The mentor's question, or the mentee's answer. */
export class RequestInfoMessage extends RequestInfoBody {
  @IsUUID('all', { message: 'requestId must be a request id' }) requestId!: string;
}

export const REQUEST_LIST_STATES = ['open', 'closed'] as const;
export type RequestListState = (typeof REQUEST_LIST_STATES)[number];

export class ListRequestsQuery extends PageQuery {
  @IsOptional() @IsIn(REQUEST_LIST_STATES, oneOf('state', REQUEST_LIST_STATES)) state?: RequestListState;
}

/** GET of one request; `locale` writes the reasons a mentor sees. */
export class GetRequestQuery extends LocalisedQuery {
  @IsUUID('all', { message: 'requestId must be a request id' }) requestId!: string;
}

export class ListIncomingRequestsQuery extends PageQuery {
  @IsOptional() @IsEnum(Locale, { message: 'locale must be fr or en' }) locale?: Locale;
}

/** One ranked choice and what became of it. */
export class RequestChoiceView {
  rank!: number;
  @ValidateNested() @Type(() => PersonRef) mentor!: PersonRef;
  @IsIn(CHOICE_OUTCOMES) outcome!: ChoiceOutcome;
  /** When the request reached this mentor; null while an earlier choice holds it. */
  @IsOptional() @IsISO8601() sentAt!: string | null;
  /** When it moves on to the next choice if this mentor does not answer. */
  @IsOptional() @IsISO8601() expiresAt!: string | null;
  @IsOptional() @IsISO8601() answeredAt!: string | null;
  @IsOptional() @IsIn(DECLINE_REASONS) declineReason!: DeclineReason | null;
  @IsOptional() @IsString() declineNote!: string | null;
}

/** A question of the mentor or an answer of the mentee, in order. */
export class RequestExchangeView {
  @IsIn(['mentor', 'mentee']) from!: 'mentor' | 'mentee';
  @IsString() text!: string;
  @IsISO8601() at!: string;
}

export class MentoringRequestView {
  @IsUUID() id!: string;
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsIn(REQUEST_STATUSES) status!: RequestStatus;
  @ValidateNested() @Type(() => PersonRef) mentee!: PersonRef;
  @IsString() message!: string;
  @ValidateNested({ each: true }) @Type(() => RequestChoiceView) choices!: RequestChoiceView[];
  @ValidateNested({ each: true }) @Type(() => RequestExchangeView) exchanges!: RequestExchangeView[];
  /** The mentorship the request became, once accepted. */
  @IsOptional() @IsUUID() mentorshipId!: string | null;
  @IsISO8601() createdAt!: string;
  @IsISO8601() updatedAt!: string;
}

/** What a mentor sees of a request waiting for them: the request and why the mentee fits. */
export class IncomingRequestView extends MentoringRequestView {
  @ValidateNested() @Type(() => ExplainedMatch) match!: ExplainedMatch;
}

/** A page of the caller's requests as a mentee. */
export class MentoringRequestPage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => MentoringRequestView) items!: MentoringRequestView[];
}

/** A page of the requests waiting for the caller as a mentor. */
export class IncomingRequestPage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => IncomingRequestView) items!: IncomingRequestView[];
}
