import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  Max,
  Min,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { Role } from '../common/role.js';
import { IsIanaTimeZone } from '../common/time-zone.js';
import { AvailabilitySlot } from './availability.js';
import { JOB_SEARCH_STAGES, type JobSearchStage } from './profile-codes.js';

/**
 * Payload of evt.profiles.profile.updated.v1: the facts matching needs, the
 * whole current state (not a diff), so a consumer can apply the latest one.
 * No contact details, no free text.
 */
export class ProfileUpdatedEvent {
  @IsUUID() accountId!: string;
  @IsEnum(Role) role!: Role;
  /** The name people see on a suggestion or a request. */
  @IsString() displayName!: string;
  @IsIanaTimeZone() timeZone!: string;
  /** Alumnus: skills held; student: skills to develop (taxonomy ids). */
  @IsString({ each: true }) skillIds!: string[];
  /** Alumnus: their sector (if any); student: target sectors. */
  @IsString({ each: true }) sectors!: string[];
  /** Alumnus: topics offered; student: empty. */
  @IsString({ each: true }) topics!: string[];
  /** Alumnus: formats offered; student: preferred formats. */
  @IsString({ each: true }) formats!: string[];
  @IsString({ each: true }) languages!: string[];
  @IsOptional() @IsString() country!: string | null;
  @ValidateNested({ each: true }) @Type(() => AvailabilitySlot) availability!: AvailabilitySlot[];
  /** Alumnus only: max active mentees. */
  @IsOptional() @IsInt() capacity!: number | null;
  /** Alumnus only: wants a student to mentor them back (the reverse-mentoring mentee). */
  @IsBoolean() openToReverseMentoring!: boolean;
  /** Alumnus only: what they want to learn when mentored back. */
  @IsString({ each: true }) reverseMentoringTopics!: string[];
  /** Student, or alumnus who graduated recently: offers to mentor an alumnus (the reverse-mentoring mentor). */
  @IsBoolean() offersReverseMentoring!: boolean;
  /** The reverse-mentoring topics offered. */
  @IsString({ each: true }) reverseMentoringOffer!: string[];
  /** Alumnus only: their current job title (the target-role part of the score reads its words). */
  @IsOptional() @IsString() jobTitle!: string | null;
  /** Student only: the roles they aim at. */
  @IsString({ each: true }) targetRoles!: string[];
  /** Alumnus: year of graduation; student: expected year (cohorts, "recent graduate"). */
  @IsOptional() @IsInt() @Min(1900) @Max(2200) graduationYear!: number | null;
  /** Student only: where they stand in the job search. */
  @IsOptional() @IsIn(JOB_SEARCH_STAGES) jobSearchStage!: JobSearchStage | null;
  @IsInt() completeness!: number;
  @IsISO8601() updatedAt!: string;
}

/** What profiles says of an alumnus as a mentor (none: never asked, pending or rejected). */
export const MENTOR_APPROVALS = ['none', 'approved', 'suspended'] as const;
export type MentorApproval = (typeof MENTOR_APPROVALS)[number];

/**
 * Matching's read model rebuilt from profiles (recovery): every alumnus and
 * student, in account id order, a page at a time.
 */
export const LIST_MATCHING_FACTS = 'rpc.profiles.matching-facts.list.v1';
export const MATCHING_FACTS_PAGE_MAX = 500;

export class ListMatchingFactsRequest {
  /** The last account id of the previous page; absent for the first page. */
  @IsOptional() @IsUUID('all', { message: 'afterAccountId must be an account id' }) afterAccountId?: string;
  @IsInt()
  @Min(1)
  @Max(MATCHING_FACTS_PAGE_MAX, {
    message: `limit must be at most ${MATCHING_FACTS_PAGE_MAX}`,
  })
  limit!: number;
}

/** One member's facts as the last profile.updated event would carry them, plus their mentor standing. */
export class MatchingFacts extends ProfileUpdatedEvent {
  @IsIn(MENTOR_APPROVALS) approval!: MentorApproval;
  /** Approved, current charter accepted, training valid (as mentor.status-changed reports it). */
  @IsBoolean() availableToMentor!: boolean;
}

export interface MatchingFactsPage {
  items: MatchingFacts[];
  /** Pass as afterAccountId for the next page; null on the last page. */
  nextAfterAccountId: string | null;
}
