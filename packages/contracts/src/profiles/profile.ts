import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { decoratorSet } from '../common/decorator-set.js';
import { Role } from '../common/role.js';
import { IsIanaTimeZone } from '../common/time-zone.js';
import { Trim } from './account-fields.js';
import { AvailabilitySlot } from './availability.js';
import {
  BIO_MAX_LENGTH,
  COUNTRIES,
  JOB_SEARCH_STAGES,
  LANGUAGES,
  LINKEDIN_URL_MAX_LENGTH,
  LINKEDIN_URL_PATTERN,
  MEETING_FORMATS,
  MENTOR_CAPACITY_MAX,
  MENTOR_CAPACITY_MIN,
  MENTORING_TOPICS,
  REVERSE_MENTORING_TOPICS,
  SECTORS,
  SMART_GOAL_STATUSES,
  VISIBILITY,
  type CountryCode,
  type JobSearchStage,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type ReverseMentoringTopic,
  type Sector,
  type SmartGoalStatus,
  type Visibility,
} from './profile-codes.js';
import { PROFILE_FIELDS, type ProfileField } from './profile-fields.js';
import {
  MAX_SKILLS_PER_PROFILE,
  MAX_TAGS_PER_PROFILE,
  SkillView,
  TAG_MAX_LENGTH,
  TagView,
} from './taxonomy.js';

export const GET_MY_PROFILE = 'rpc.profiles.profile.get-mine.v1';
export const UPDATE_MY_PROFILE = 'rpc.profiles.profile.update-mine.v1';
export const GET_PROFILE = 'rpc.profiles.profile.get.v1';
export const UPDATE_PROFILE = 'rpc.profiles.profile.update.v1';

export const SHORT_TEXT_MAX_LENGTH = 120;
export const LONG_TEXT_MAX_LENGTH = 1000;
export const MAX_LANGUAGES = 10;
export const MAX_TARGET_ROLES = 10;
export const MAX_SMART_GOALS = 10;
export const EARLIEST_GRADUATION_YEAR = 1950;
export const LATEST_GRADUATION_YEAR = 2100;

const codes = (list: readonly string[], name: string) => ({
  each: true,
  message: `each value of ${name} must be one of: ${list.join(', ')}`,
});

/** A free text field of an update: trimmed, at most `maxLength` characters. */
const OptionalText = (maxLength: number) =>
  decoratorSet(IsOptional(), Trim(), IsString(), MaxLength(maxLength));

const SpokenLanguages = () =>
  decoratorSet(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_LANGUAGES),
    ArrayUnique(),
    IsIn(LANGUAGES, { each: true, message: 'each language must be an ISO 639-1 code such as fr' }),
  );

const OptionalCountry = () =>
  decoratorSet(
    IsOptional(),
    IsIn(COUNTRIES, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' }),
  );

const ReverseMentoringTopicList = (name: string) =>
  decoratorSet(
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    IsIn(REVERSE_MENTORING_TOPICS, codes(REVERSE_MENTORING_TOPICS, name)),
  );

/*
 * Update requests: a field left out is unchanged, `null` clears it, arrays
 * replace the stored list.
 */

export class AlumnusProfileInput {
  @IsOptional() @IsInt() @Min(EARLIEST_GRADUATION_YEAR) @Max(LATEST_GRADUATION_YEAR) graduationYear?:
    number | null;
  @OptionalText(SHORT_TEXT_MAX_LENGTH) programme?: string | null;
  @OptionalText(SHORT_TEXT_MAX_LENGTH) employer?: string | null;
  @OptionalText(SHORT_TEXT_MAX_LENGTH) jobTitle?: string | null;
  @IsOptional()
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector?: Sector | null;
  @OptionalText(SHORT_TEXT_MAX_LENGTH) city?: string | null;
  @OptionalCountry() country?: CountryCode | null;
  @IsOptional() @IsInt() @Min(0) @Max(60) yearsOfExperience?: number | null;

  @SpokenLanguages() languages?: LanguageCode[];

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LINKEDIN_URL_MAX_LENGTH)
  @Matches(LINKEDIN_URL_PATTERN, { message: 'linkedinUrl must be a https://www.linkedin.com/… address' })
  linkedinUrl?: string | null;

  @IsOptional() @IsString() @MaxLength(BIO_MAX_LENGTH) bio?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS_PER_PROFILE)
  @ArrayUnique()
  @IsString({ each: true })
  skillIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(MENTORING_TOPICS, codes(MENTORING_TOPICS, 'topics'))
  topics?: MentoringTopic[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(MEETING_FORMATS, codes(MEETING_FORMATS, 'formats'))
  formats?: MeetingFormat[];

  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(MENTOR_CAPACITY_MIN, {
    message: `capacity must be between ${MENTOR_CAPACITY_MIN} and ${MENTOR_CAPACITY_MAX}`,
  })
  @Max(MENTOR_CAPACITY_MAX, {
    message: `capacity must be between ${MENTOR_CAPACITY_MIN} and ${MENTOR_CAPACITY_MAX}`,
  })
  capacity?: number;

  /** Wants a student to mentor them back (reverse mentoring, as the mentee). */
  @IsOptional() @IsBoolean() openToReverseMentoring?: boolean;
  /** What they want to learn when mentored back. */
  @ReverseMentoringTopicList('reverseMentoringTopics') reverseMentoringTopics?: ReverseMentoringTopic[];

  /** Offers to mentor an alumnus on digital topics: alumni who graduated at most two years ago only. */
  @IsOptional() @IsBoolean() offersReverseMentoring?: boolean;
  /** The topics offered; at least one while offersReverseMentoring is on. */
  @ReverseMentoringTopicList('reverseMentoringOffer') reverseMentoringOffer?: ReverseMentoringTopic[];
}

/** A SMART goal: an id keeps (and updates) an existing goal; goals left out of the list are deleted. */
export class SmartGoalInput {
  @IsOptional() @IsUUID() id?: string;
  @Trim()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  title!: string;
  /** Specific: what exactly will be done. */
  @Trim()
  @IsString()
  @MinLength(1, { message: 'specific must not be empty' })
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  specific!: string;
  /** Measurable: how the student will know it is reached. */
  @Trim()
  @IsString()
  @MinLength(1, { message: 'measurable must not be empty' })
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  measurable!: string;
  /** A calendar date (YYYY-MM-DD), in the future when the goal is created or its date changes. */
  @IsDateString({ strict: true }, { message: 'targetDate must be a date such as 2027-06-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'targetDate must be a date such as 2027-06-30' })
  targetDate!: string;
  @IsOptional() @IsIn(SMART_GOAL_STATUSES) status?: SmartGoalStatus;
}

export class StudentProfileInput {
  @OptionalText(SHORT_TEXT_MAX_LENGTH) programme?: string | null;
  @IsOptional() @IsInt() @Min(EARLIEST_GRADUATION_YEAR) @Max(LATEST_GRADUATION_YEAR) expectedGraduationYear?:
    number | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TARGET_ROLES)
  @Trim()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(SHORT_TEXT_MAX_LENGTH, { each: true })
  targetRoles?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(SECTORS, codes(SECTORS, 'targetSectors'))
  targetSectors?: Sector[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS_PER_PROFILE)
  @ArrayUnique()
  @IsString({ each: true })
  skillIdsToDevelop?: string[];

  @SpokenLanguages() languages?: LanguageCode[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(MEETING_FORMATS, codes(MEETING_FORMATS, 'preferredFormats'))
  preferredFormats?: MeetingFormat[];

  @OptionalText(SHORT_TEXT_MAX_LENGTH) city?: string | null;
  @OptionalCountry() country?: CountryCode | null;

  /** Offers to mentor an alumnus on digital topics (reverse mentoring, as the mentor). */
  @IsOptional() @IsBoolean() offersReverseMentoring?: boolean;
  /** The topics offered; at least one while offersReverseMentoring is on. */
  @ReverseMentoringTopicList('reverseMentoringOffer') reverseMentoringOffer?: ReverseMentoringTopic[];

  /* The needs assessment. */
  @IsOptional()
  @IsIn(JOB_SEARCH_STAGES, { message: `jobSearchStage must be one of: ${JOB_SEARCH_STAGES.join(', ')}` })
  jobSearchStage?: JobSearchStage | null;
  @OptionalText(LONG_TEXT_MAX_LENGTH) strengths?: string | null;
  @OptionalText(LONG_TEXT_MAX_LENGTH) gaps?: string | null;
  @OptionalText(LONG_TEXT_MAX_LENGTH) mentorExpectations?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SMART_GOALS)
  @ValidateNested({ each: true })
  @Type(() => SmartGoalInput)
  goals?: SmartGoalInput[];
}

export class StaffProfileInput {
  @OptionalText(SHORT_TEXT_MAX_LENGTH) department?: string | null;
  @IsOptional() @IsBoolean() canRunProgrammes?: boolean;
  @IsOptional() @IsBoolean() canRunEvents?: boolean;
}

export class FieldVisibilityInput {
  @IsIn(PROFILE_FIELDS, { message: `field must be one of: ${PROFILE_FIELDS.join(', ')}` })
  field!: ProfileField;
  @IsIn(VISIBILITY, { message: `visibility must be one of: ${VISIBILITY.join(', ')}` })
  visibility!: Visibility;
}

/**
 * Updates the actor's own profile. Only the section of the actor's role may be
 * sent (`alumnus`, `student` or `staff`; admins use `staff`).
 */
export class UpdateMyProfileRequest {
  @IsOptional() @ValidateNested() @Type(() => AlumnusProfileInput) alumnus?: AlumnusProfileInput;
  @IsOptional() @ValidateNested() @Type(() => StudentProfileInput) student?: StudentProfileInput;
  @IsOptional() @ValidateNested() @Type(() => StaffProfileInput) staff?: StaffProfileInput;

  @IsOptional() @IsIanaTimeZone() timeZone?: string;

  /** Free tags; normalised and deduplicated by the service. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS_PER_PROFILE)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  tags?: string[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FieldVisibilityInput)
  visibility?: FieldVisibilityInput[];
}

/** Staff (or the owner) changing a profile by id. */
export class UpdateProfileRequest extends UpdateMyProfileRequest {
  @IsUUID() accountId!: string;
}

export class GetMyProfileRequest {}

export class GetProfileRequest {
  @IsUUID() accountId!: string;
}

/* Views. In another person's view, a field its owner hides from the reader is left out. */

export class AlumnusProfileView {
  @IsOptional() @IsInt() graduationYear?: number | null;
  @IsOptional() @IsString() programme?: string | null;
  @IsOptional() @IsString() employer?: string | null;
  @IsOptional() @IsString() jobTitle?: string | null;
  @IsOptional() @IsIn(SECTORS) sector?: Sector | null;
  @IsOptional() @IsString() city?: string | null;
  @IsOptional() @IsIn(COUNTRIES) country?: CountryCode | null;
  @IsOptional() @IsInt() yearsOfExperience?: number | null;
  @IsOptional() @IsIn(LANGUAGES, { each: true }) languages?: LanguageCode[];
  @IsOptional() @IsString() linkedinUrl?: string | null;
  @IsOptional() @IsString() bio?: string | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => SkillView) skills?: SkillView[];
  @IsIn(MENTORING_TOPICS, { each: true }) topics!: MentoringTopic[];
  @IsIn(MEETING_FORMATS, { each: true }) formats!: MeetingFormat[];
  @IsInt() @Min(MENTOR_CAPACITY_MIN) @Max(MENTOR_CAPACITY_MAX) capacity!: number;
  @IsBoolean() openToReverseMentoring!: boolean;
  @IsIn(REVERSE_MENTORING_TOPICS, { each: true }) reverseMentoringTopics!: ReverseMentoringTopic[];
  @IsBoolean() offersReverseMentoring!: boolean;
  @IsIn(REVERSE_MENTORING_TOPICS, { each: true }) reverseMentoringOffer!: ReverseMentoringTopic[];
}

export class SmartGoalView {
  @IsUUID() id!: string;
  @IsString() title!: string;
  @IsString() specific!: string;
  @IsString() measurable!: string;
  @IsString() targetDate!: string;
  @IsIn(SMART_GOAL_STATUSES) status!: SmartGoalStatus;
}

export class StudentProfileView {
  @IsOptional() @IsString() programme?: string | null;
  @IsOptional() @IsInt() expectedGraduationYear?: number | null;
  @IsOptional() @IsString({ each: true }) targetRoles?: string[];
  @IsOptional() @IsIn(SECTORS, { each: true }) targetSectors?: Sector[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => SkillView) skillsToDevelop?: SkillView[];
  @IsOptional() @IsIn(LANGUAGES, { each: true }) languages?: LanguageCode[];
  @IsOptional() @IsIn(MEETING_FORMATS, { each: true }) preferredFormats?: MeetingFormat[];
  @IsOptional() @IsString() city?: string | null;
  @IsOptional() @IsIn(COUNTRIES) country?: CountryCode | null;
  /** What a student offers is shown to every member, like a mentor's topics. */
  @IsBoolean() offersReverseMentoring!: boolean;
  @IsIn(REVERSE_MENTORING_TOPICS, { each: true }) reverseMentoringOffer!: ReverseMentoringTopic[];
  @IsOptional() @IsIn(JOB_SEARCH_STAGES) jobSearchStage?: JobSearchStage | null;
  @IsOptional() @IsString() strengths?: string | null;
  @IsOptional() @IsString() gaps?: string | null;
  @IsOptional() @IsString() mentorExpectations?: string | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => SmartGoalView) goals?: SmartGoalView[];
}

export class StaffProfileView {
  @IsOptional() @IsString() department?: string | null;
  /** Shown to staff only. */
  @IsOptional() @IsBoolean() canRunProgrammes?: boolean;
  @IsOptional() @IsBoolean() canRunEvents?: boolean;
}

/** How complete a profile is (0–100) and which fields would raise the score. */
export class ProfileCompleteness {
  @IsInt() @Min(0) @Max(100) score!: number;
  @IsString({ each: true }) missing!: string[];
}

/** A person's profile as someone else sees it. */
export class PersonProfileView {
  @IsUUID() accountId!: string;
  @IsString() displayName!: string;
  @IsEnum(Role) role!: Role;
  @IsIanaTimeZone() timeZone!: string;
  @IsOptional() @IsString() photoUrl?: string | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => TagView) tags?: TagView[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlot)
  availability?: AvailabilitySlot[];
  @IsOptional() @ValidateNested() @Type(() => AlumnusProfileView) alumnus?: AlumnusProfileView;
  @IsOptional() @ValidateNested() @Type(() => StudentProfileView) student?: StudentProfileView;
  @IsOptional() @ValidateNested() @Type(() => StaffProfileView) staff?: StaffProfileView;
  @IsOptional() @IsISO8601() updatedAt?: string | null;
}

export class FieldVisibilityView {
  @IsIn(PROFILE_FIELDS) field!: ProfileField;
  @IsIn(VISIBILITY) visibility!: Visibility;
}

/** The owner's own profile: every field, the chosen visibilities and the completeness. */
export class MyProfileView extends PersonProfileView {
  @ValidateNested() @Type(() => ProfileCompleteness) completeness!: ProfileCompleteness;
  @ValidateNested({ each: true }) @Type(() => FieldVisibilityView) visibility!: FieldVisibilityView[];
}
