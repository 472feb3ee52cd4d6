import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { PageQuery } from '../common/page.js';
import { IsIanaTimeZone } from '../common/time-zone.js';
import { Trim } from './account-fields.js';
import {
  COUNTRIES,
  LANGUAGES,
  MEETING_FORMATS,
  MENTORING_TOPICS,
  SECTORS,
  type CountryCode,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type Sector,
} from './profile-codes.js';
import { EARLIEST_GRADUATION_YEAR, LATEST_GRADUATION_YEAR } from './profile.js';

export const SEARCH_DIRECTORY = 'rpc.profiles.directory.search.v1';

export const DIRECTORY_SORTS = ['relevance', 'recent-activity', 'graduation-year'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** UTC offsets in use run from −12:00 to +14:00, some on quarter hours (Nepal +5:45). */
export const UTC_OFFSET_MIN_HOURS = -12;
export const UTC_OFFSET_MAX_HOURS = 14;
export const DIRECTORY_QUERY_MAX_LENGTH = 200;
/** "Usually answers within a few days": a median answer time up to three days. */
export const FEW_DAYS_IN_HOURS = 72;

export const DIRECTORY_MENTOR_STATUSES = [
  'pending',
  'rejected',
  'suspended',
  'available',
  'unavailable',
] as const;
export type DirectoryMentorStatus = (typeof DIRECTORY_MENTOR_STATUSES)[number];

/** Query strings carry "true" / "false"; NATS carries booleans. Anything else stays as is and fails validation. */
const ToBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

/** The property must not be below the value of another property (a range's `to` after its `from`). */
function IsNotBelow(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotBelow',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [otherProperty],
      options: { message: `$property must not be below ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          return typeof value !== 'number' || typeof other !== 'number' || value >= other;
        },
      },
    });
  };
}

const oneOf = (name: string, list: readonly string[]) => ({
  message: `${name} must be one of: ${list.join(', ')}`,
});

/**
 * Searches alumni. Every filter is optional and they combine with AND. Text
 * matches name, job title, employer, skills (French and English labels) and
 * bio, in French or English, accents and case ignored. Default sort:
 * relevance with text, recent activity without.
 */
export class SearchDirectoryRequest extends PageQuery {
  @IsOptional() @Trim() @IsString() @MaxLength(DIRECTORY_QUERY_MAX_LENGTH) q?: string;
  @IsOptional() @IsIn(SECTORS, oneOf('sector', SECTORS)) sector?: Sector;
  /** A skill id of the taxonomy, such as `data-analysis`. */
  @IsOptional() @IsString() @MaxLength(60) skill?: string;
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'language must be an ISO 639-1 code such as fr' })
  language?: LanguageCode;
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_GRADUATION_YEAR)
  @Max(LATEST_GRADUATION_YEAR)
  graduationYearFrom?: number;
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_GRADUATION_YEAR)
  @Max(LATEST_GRADUATION_YEAR)
  @IsNotBelow('graduationYearFrom')
  graduationYearTo?: number;
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' })
  country?: CountryCode;
  /** Hours from UTC, now (daylight saving time included): −5 for Montréal in winter, 1 for Paris. */
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(UTC_OFFSET_MIN_HOURS)
  @Max(UTC_OFFSET_MAX_HOURS)
  utcOffsetFrom?: number;
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(UTC_OFFSET_MIN_HOURS)
  @Max(UTC_OFFSET_MAX_HOURS)
  @IsNotBelow('utcOffsetFrom')
  utcOffsetTo?: number;
  @IsOptional() @IsIn(MENTORING_TOPICS, oneOf('topic', MENTORING_TOPICS)) topic?: MentoringTopic;
  @IsOptional() @IsIn(MEETING_FORMATS, oneOf('format', MEETING_FORMATS)) format?: MeetingFormat;
  /** Available mentors who follow fewer mentees than their capacity (false: available mentors who are full). */
  @IsOptional() @ToBoolean() @IsBoolean() hasFreeCapacity?: boolean;
  /**
   * Available mentors only, leaving out alumni who do not mentor. Members never
   * see pending, suspended or unavailable mentors anyway; staff see everyone.
   */
  @IsOptional() @ToBoolean() @IsBoolean() availableOnly?: boolean;
  @IsOptional() @IsIn(DIRECTORY_SORTS, oneOf('sort', DIRECTORY_SORTS)) sort?: DirectorySort;
}

export class DirectorySkillView {
  @IsString() id!: string;
  @IsString() labelFr!: string;
  @IsString() labelEn!: string;
}

/**
 * One alumnus in the directory. A field the alumnus hides from the reader is
 * null (photo, job title, employer, location, graduation year) or empty (skills,
 * languages).
 */
export class DirectoryCard {
  @IsUUID() accountId!: string;
  @IsString() displayName!: string;
  @IsOptional() @IsString() photoUrl!: string | null;
  @IsOptional() @IsString() jobTitle!: string | null;
  @IsOptional() @IsString() employer!: string | null;
  @IsOptional() @IsIn(SECTORS) sector!: Sector | null;
  @IsOptional() @IsString() city!: string | null;
  @IsOptional() @IsIn(COUNTRIES) country!: CountryCode | null;
  @IsIanaTimeZone() timeZone!: string;
  @IsOptional() @IsInt() graduationYear!: number | null;
  @IsIn(LANGUAGES, { each: true }) languages!: LanguageCode[];
  /** The first few skills, for the card. */
  @ValidateNested({ each: true }) @Type(() => DirectorySkillView) topSkills!: DirectorySkillView[];
  @IsIn(MENTORING_TOPICS, { each: true }) topics!: MentoringTopic[];
  @IsIn(MEETING_FORMATS, { each: true }) formats!: MeetingFormat[];
  /** The mentor can take mentees now (approved, charter and training current). */
  @IsBoolean() availableMentor!: boolean;
  /** Places left (capacity minus active mentees) of an available mentor; null for anyone else. */
  @IsOptional() @IsInt() @Min(0) freePlaces!: number | null;
  @IsOptional() @IsISO8601() lastActiveAt!: string | null;
  /**
   * True when the mentor's median answer time is within a few days, false when
   * slower, null when unknown (no request answered yet): then nothing is shown.
   */
  @IsOptional() @IsBoolean() answersWithinAFewDays!: boolean | null;
  /**
   * For staff only: null (not a mentor), pending, rejected, suspended, available
   * or unavailable (approved, but charter or training not current).
   */
  @IsOptional() @IsIn(DIRECTORY_MENTOR_STATUSES) mentorStatus?: DirectoryMentorStatus | null;
}

export class DirectoryPage {
  @ValidateNested({ each: true }) @Type(() => DirectoryCard) items!: DirectoryCard[];
  @IsInt() @Min(0) total!: number;
  @IsInt() @Min(1) page!: number;
  @IsInt() @Min(1) pageSize!: number;
}
