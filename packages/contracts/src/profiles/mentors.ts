import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/page.js';
import { Trim } from './account-fields.js';

export const REQUEST_MENTORSHIP_ROLE = 'rpc.profiles.mentor.request.v1';
export const GET_MY_ONBOARDING = 'rpc.profiles.onboarding.get-mine.v1';
export const LIST_MENTORS_FOR_STAFF = 'rpc.profiles.mentor.list-for-staff.v1';
export const GET_MENTOR_FOR_STAFF = 'rpc.profiles.mentor.get-for-staff.v1';
export const APPROVE_MENTOR = 'rpc.profiles.mentor.approve.v1';
export const REJECT_MENTOR = 'rpc.profiles.mentor.reject.v1';
export const SUSPEND_MENTOR = 'rpc.profiles.mentor.suspend.v1';

/** Where an alumnus stands as a mentor; staff decide every change but the first request. */
export const MENTOR_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const MENTOR_MOTIVATION_MAX_LENGTH = 1000;
export const DECISION_REASON_MAX_LENGTH = 1000;

/** An alumnus asks to become a mentor. */
export class RequestMentorshipRoleRequest {
  @IsOptional() @Trim() @IsString() @MaxLength(MENTOR_MOTIVATION_MAX_LENGTH) motivation?: string;
}

export class MentorAccountRef {
  @IsUUID() accountId!: string;
}

/** Approving needs no reason (it may carry a note, kept in the audit log). */
export class ApproveMentorBody {
  @IsOptional() @Trim() @IsString() @MaxLength(DECISION_REASON_MAX_LENGTH) note?: string;
}

export class ApproveMentorRequest extends ApproveMentorBody {
  @IsUUID() accountId!: string;
}

/** Rejecting and suspending need a reason, kept in the audit log and shown to the person. */
export class MentorReasonBody {
  @Trim() @IsString() @MinLength(3) @MaxLength(DECISION_REASON_MAX_LENGTH) reason!: string;
}

export class MentorDecisionWithReasonRequest extends MentorReasonBody {
  @IsUUID() accountId!: string;
}

export class ListMentorsForStaffRequest extends PageQuery {
  @IsOptional() @IsIn(MENTOR_STATUSES) status?: MentorStatus;
}

export class MentorCharterStatus {
  @IsOptional() @IsInt() acceptedVersion!: number | null;
  @IsOptional() @IsISO8601() acceptedAt!: string | null;
  @IsInt() @Min(0) currentVersion!: number;
  /** The current version is accepted. */
  @IsBoolean() current!: boolean;
}

export class MentorTrainingStatus {
  @IsInt() @Min(0) validModules!: number;
  @IsInt() @Min(0) totalModules!: number;
  /** Every module passed and still valid. */
  @IsBoolean() complete!: boolean;
  /** The earliest date a pass expires, if every module is passed. */
  @IsOptional() @IsISO8601() expiresAt!: string | null;
}

/** What staff see of a mentor in the queue (profile summary, charter and training status, decision). */
export class MentorQueueEntry {
  @IsUUID() accountId!: string;
  @IsString() displayName!: string;
  @IsEmail() email!: string;
  @IsIn(MENTOR_STATUSES) status!: MentorStatus;
  @IsBoolean() available!: boolean;
  @IsISO8601() requestedAt!: string;
  @IsOptional() @IsString() motivation!: string | null;
  @IsOptional() @IsISO8601() decidedAt!: string | null;
  /** Why the last rejection or suspension was decided. */
  @IsOptional() @IsString() decisionReason!: string | null;
  @IsOptional() @IsInt() graduationYear!: number | null;
  @IsOptional() @IsString() programme!: string | null;
  @IsOptional() @IsString() employer!: string | null;
  @IsOptional() @IsString() jobTitle!: string | null;
  @IsOptional() @IsString() sector!: string | null;
  @IsOptional() @IsString() city!: string | null;
  @IsOptional() @IsString() country!: string | null;
  @ValidateNested() @Type(() => MentorCharterStatus) charter!: MentorCharterStatus;
  @ValidateNested() @Type(() => MentorTrainingStatus) training!: MentorTrainingStatus;
}

export class MentorQueuePage {
  @ValidateNested({ each: true }) @Type(() => MentorQueueEntry) items!: MentorQueueEntry[];
  @IsInt() @Min(0) total!: number;
  @IsInt() @Min(1) page!: number;
  @IsInt() @Min(1) pageSize!: number;
}

/** The steps of onboarding, in order; `available` is the result, not a step one does. */
export const ONBOARDING_STEPS = ['mentor-request', 'charter', 'training', 'approval'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export class OnboardingStepView {
  @IsIn(ONBOARDING_STEPS) step!: OnboardingStep;
  @IsBoolean() done!: boolean;
}

/** GET /me/onboarding: the steps done and missing. Students have only the charter step. */
export class MyOnboardingView {
  @ValidateNested({ each: true }) @Type(() => OnboardingStepView) steps!: OnboardingStepView[];
  /** The steps still to do, in order. */
  @IsIn(ONBOARDING_STEPS, { each: true }) missing!: OnboardingStep[];
  @IsOptional() @IsIn(MENTOR_STATUSES) mentorStatus!: MentorStatus | null;
  @IsBoolean() available!: boolean;
  @IsOptional() @IsString() decisionReason!: string | null;
  @ValidateNested() @Type(() => MentorCharterStatus) charter!: MentorCharterStatus;
  @IsOptional() @ValidateNested() @Type(() => MentorTrainingStatus) training!: MentorTrainingStatus | null;
}
