import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
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
  @IsBoolean() openToReverseMentoring!: boolean;
  @IsString({ each: true }) reverseMentoringTopics!: string[];
  /** Student only: where they stand in the job search. */
  @IsOptional() @IsIn(JOB_SEARCH_STAGES) jobSearchStage!: JobSearchStage | null;
  @IsInt() completeness!: number;
  @IsISO8601() updatedAt!: string;
}
