import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageCounts, PageQuery } from '../common/page.js';
import { WholeNumberIn } from '../common/whole-number.js';
import { Trim } from '../profiles/account-fields.js';
import {
  EARLY_END_REASONS,
  MENTORING_MODES,
  MENTORSHIP_ORIGINS,
  MENTORSHIP_STATUSES,
  PROGRAMME_TIMING_LIMITS,
  type EarlyEndReason,
  type MentoringMode,
  type MentorshipOrigin,
  type MentorshipStatus,
} from './matching-codes.js';
import { PersonRef, WithSide } from './people.js';

export const LIST_MY_MENTORSHIPS = 'rpc.matching.mentorship.list-mine.v1';
export const GET_MENTORSHIP = 'rpc.matching.mentorship.get.v1';
/** Either side accepts the agreement; the second acceptance starts the mentorship. */
export const ACCEPT_AGREEMENT = 'rpc.matching.mentorship.accept-agreement.v1';
/** Either side declines a proposal: it ends, the mentor's place is freed, the mentee is back in the pool. */
export const DECLINE_PROPOSAL = 'rpc.matching.mentorship.decline-proposal.v1';
/** While proposed: rhythm and duration; a change asks the other side to accept again. */
export const UPDATE_AGREEMENT = 'rpc.matching.mentorship.update-agreement.v1';
export const PAUSE_MENTORSHIP = 'rpc.matching.mentorship.pause.v1';
export const RESUME_MENTORSHIP = 'rpc.matching.mentorship.resume.v1';
export const COMPLETE_MENTORSHIP = 'rpc.matching.mentorship.complete.v1';
export const END_MENTORSHIP = 'rpc.matching.mentorship.end.v1';
export const ADD_MENTORSHIP_GOAL = 'rpc.matching.mentorship.add-goal.v1';
export const UPDATE_MENTORSHIP_GOAL = 'rpc.matching.mentorship.update-goal.v1';
export const RECORD_GOAL_PROGRESS = 'rpc.matching.mentorship.record-progress.v1';
/** Staff: active pairs with no session and no message for the programme's stalled delay. */
export const LIST_STALLED_MENTORSHIPS = 'rpc.matching.mentorship.list-stalled.v1';

export const GOAL_TITLE_MAX_LENGTH = 120;
export const GOAL_NOTE_MAX_LENGTH = 1_000;
export const END_NOTE_MAX_LENGTH = 1_000;

const oneOf = (name: string, list: readonly string[]) => ({
  message: `${name} must be one of: ${list.join(', ')}`,
});

export class MentorshipIdParam {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
}

export class ListMentorshipsQuery extends PageQuery {
  @IsOptional() @IsIn(MENTORSHIP_STATUSES, oneOf('status', MENTORSHIP_STATUSES)) status?: MentorshipStatus;
}

/** The HTTP body of an agreement change (the mentorship id is in the path). */
export class UpdateAgreementBody {
  // The same limits as a programme's defaults: any agreement staff propose, a pair can keep.
  @IsOptional()
  @WholeNumberIn('meetingMinutesPerMonth', PROGRAMME_TIMING_LIMITS.meetingMinutesPerMonth, 'minutes')
  meetingMinutesPerMonth?: number;
  @IsOptional()
  @WholeNumberIn('durationMonths', PROGRAMME_TIMING_LIMITS.durationMonths, 'months')
  durationMonths?: number;
}

export class UpdateAgreementRequest extends UpdateAgreementBody {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
}

/** The HTTP body of a decline, pause, resume or complete: an optional word for the other side. */
export class MentorshipNoteBody {
  @IsOptional() @Trim() @IsString() @MaxLength(END_NOTE_MAX_LENGTH) note?: string;
}

/** Decline a proposal, pause, resume or complete. */
export class MentorshipNoteRequest extends MentorshipNoteBody {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
}

/** The HTTP body of an early end: why, and an optional word. */
export class EndMentorshipBody extends MentorshipNoteBody {
  @IsIn(EARLY_END_REASONS, oneOf('reason', EARLY_END_REASONS)) reason!: EarlyEndReason;
}

export class EndMentorshipRequest extends EndMentorshipBody {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
}

export class MentorshipGoalFields {
  @Trim() @IsString() @MinLength(3) @MaxLength(GOAL_TITLE_MAX_LENGTH) title!: string;
  @IsISO8601({ strict: true }, { message: 'targetDate must be a date such as 2027-03-31' })
  targetDate!: string;
}

/** The HTTP body of a new or changed goal. */
export class MentorshipGoalBody {
  @ValidateNested() @Type(() => MentorshipGoalFields) goal!: MentorshipGoalFields;
}

export class AddMentorshipGoalRequest extends MentorshipGoalBody {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
}

/** A goal of a mentorship, in the path. */
export class MentorshipGoalParam extends MentorshipIdParam {
  @IsUUID('all', { message: 'goalId must be a goal id' }) goalId!: string;
}

export class UpdateMentorshipGoalRequest extends AddMentorshipGoalRequest {
  @IsUUID('all', { message: 'goalId must be a goal id' }) goalId!: string;
}

/** The HTTP body of a progress update. */
export class GoalProgressBody {
  @IsInt({ message: 'percent must be a whole number from 0 to 100' })
  @Min(0, { message: 'percent must be a whole number from 0 to 100' })
  @Max(100, { message: 'percent must be a whole number from 0 to 100' })
  percent!: number;
  @IsOptional() @Trim() @IsString() @MaxLength(GOAL_NOTE_MAX_LENGTH) note?: string;
}

export class RecordGoalProgressRequest extends GoalProgressBody {
  @IsUUID('all', { message: 'mentorshipId must be a mentorship id' }) mentorshipId!: string;
  @IsUUID('all', { message: 'goalId must be a goal id' }) goalId!: string;
}

export class GoalProgressView {
  @IsInt() percent!: number;
  @IsOptional() @IsString() note!: string | null;
  @IsIn(['mentor', 'mentee']) by!: 'mentor' | 'mentee';
  @IsISO8601() at!: string;
}

export class MentorshipGoalView {
  @IsUUID() id!: string;
  @IsString() title!: string;
  @IsISO8601() targetDate!: string;
  /** The latest progress, 0 before any. */
  @IsInt() percent!: number;
  /** Newest first. */
  @ValidateNested({ each: true }) @Type(() => GoalProgressView) progress!: GoalProgressView[];
}

export class AgreementView {
  @IsInt() meetingMinutesPerMonth!: number;
  @IsInt() durationMonths!: number;
  @IsOptional() @IsISO8601() mentorAcceptedAt!: string | null;
  @IsOptional() @IsISO8601() menteeAcceptedAt!: string | null;
}

export class MentorshipView extends WithSide {
  @IsUUID() id!: string;
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsIn(MENTORSHIP_ORIGINS) origin!: MentorshipOrigin;
  @IsIn(MENTORSHIP_STATUSES) status!: MentorshipStatus;
  @ValidateNested() @Type(() => PersonRef) mentor!: PersonRef;
  @ValidateNested() @Type(() => PersonRef) mentee!: PersonRef;
  @ValidateNested() @Type(() => AgreementView) agreement!: AgreementView;
  @ValidateNested({ each: true }) @Type(() => MentorshipGoalView) goals!: MentorshipGoalView[];
  @IsISO8601() proposedAt!: string;
  @IsOptional() @IsISO8601() startedAt!: string | null;
  /** startedAt + duration; null before the start. */
  @IsOptional() @IsISO8601() endsOn!: string | null;
  @IsOptional() @IsISO8601() endedAt!: string | null;
  @IsOptional() @IsIn(EARLY_END_REASONS) endReason!: EarlyEndReason | null;
  @IsOptional() @IsString() endNote!: string | null;
  @IsOptional() @IsISO8601() lastActivityAt!: string | null;
}

export class StalledMentorshipView {
  @IsUUID() id!: string;
  @IsUUID() programmeId!: string;
  @ValidateNested() @Type(() => PersonRef) mentor!: PersonRef;
  @ValidateNested() @Type(() => PersonRef) mentee!: PersonRef;
  @IsOptional() @IsISO8601() lastActivityAt!: string | null;
  @IsInt() daysWithoutActivity!: number;
}

/** A page of the caller's mentorships. */
export class MentorshipPage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => MentorshipView) items!: MentorshipView[];
}

/** Staff: a page of stalled pairs, longest silence first. */
export class StalledMentorshipPage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => StalledMentorshipView) items!: StalledMentorshipView[];
}
