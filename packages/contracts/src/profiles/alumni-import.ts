import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';

export const IMPORT_ALUMNI = 'rpc.profiles.import.alumni.v1';

/** A dry run reports what would change and changes nothing; apply makes exactly those changes. */
export const IMPORT_MODES = ['dry-run', 'apply'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * The columns an alumni CSV may have (header row, any order, names in lower
 * case). `email` is required, and a name: `display_name`, or `first_name` and
 * `last_name`. Codes: `sector` from SECTORS, `country` ISO 3166-1 alpha-2.
 */
export const ALUMNI_IMPORT_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'display_name',
  'graduation_year',
  'programme',
  'employer',
  'job_title',
  'sector',
  'city',
  'country',
  'linkedin_url',
] as const;
export type AlumniImportColumn = (typeof ALUMNI_IMPORT_COLUMNS)[number];

export const ALUMNI_IMPORT_MAX_ROWS = 5_000;
/**
 * 900 KiB: the CSV travels in one NATS message, whose default size limit is
 * 1 MiB; this leaves room for the JSON around it. 5,000 typical rows take
 * about 750 KiB.
 */
export const ALUMNI_IMPORT_MAX_BYTES = 900 * 1024;

/** Why a whole file is refused (400, nothing imported); the web app translates the code. */
export const IMPORT_FILE_PROBLEMS = [
  'empty',
  'too-large',
  'too-many-rows',
  'not-utf8',
  'unclosed-quote',
  'unknown-column',
  'duplicate-column',
  'missing-column',
  'has-row-errors',
] as const;
export type ImportFileProblem = (typeof IMPORT_FILE_PROBLEMS)[number];

/** Why one line is refused; the web app translates the code. */
export const IMPORT_ROW_PROBLEMS = [
  'required',
  'invalid-email',
  'duplicate-email',
  'invalid-year',
  'unknown-sector',
  'unknown-country',
  'invalid-linkedin-url',
  'too-long',
  'not-an-alumnus',
  'wrong-cell-count',
] as const;
export type ImportRowProblem = (typeof IMPORT_ROW_PROBLEMS)[number];

export const IMPORT_ROW_OUTCOMES = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

/**
 * The CSV arrives as text: the gateway takes a `text/csv` body (UTF-8) or
 * this JSON. Empty cells leave the stored value as it is.
 */
export class ImportAlumniRequest {
  @IsIn(IMPORT_MODES) mode!: ImportMode;
  @IsString() csv!: string;
}

export class ImportRowError {
  /** The CSV column at fault, or null when the whole line is. */
  @IsOptional() @IsString() column!: AlumniImportColumn | null;
  @IsIn(IMPORT_ROW_PROBLEMS) problem!: ImportRowProblem;
  @IsString() message!: string;
  /** For `duplicate-email`: the line that has the address first. */
  @IsOptional() @IsInt() firstLine?: number;
}

export class ImportFieldChange {
  /** The field of the account or alumnus profile (displayName, graduationYear, employer...). */
  @IsString() field!: string;
  @IsOptional() from!: string | number | null;
  @IsOptional() to!: string | number | null;
}

/**
 * A report travels in one NATS message (1 MiB by default): created lines
 * list no fields (they are the file's own cells), and at most this many
 * field changes are detailed; the rest are counted in `omittedChanges`.
 */
export const IMPORT_REPORT_MAX_CHANGES = 2_000;

export class ImportRowReport {
  /** Line of the file where the row starts (the header is line 1). */
  @IsInt() @Min(2) line!: number;
  @IsOptional() @IsString() email!: string | null;
  @IsIn(IMPORT_ROW_OUTCOMES) outcome!: ImportRowOutcome;
  /** For `update`: the fields that change, from the stored value to the file's. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => ImportFieldChange) changes!: ImportFieldChange[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ImportRowError) errors!: ImportRowError[];
}

export class ImportCounts {
  @IsInt() create!: number;
  @IsInt() update!: number;
  @IsInt() unchanged!: number;
  @IsInt() error!: number;
}

/**
 * What a dry run would do, or what apply did. Apply runs only on a file
 * without any error (otherwise 400 with this report in `details.report`).
 */
export class ImportAlumniReport {
  @IsIn(IMPORT_MODES) mode!: ImportMode;
  /** True once apply has committed the changes. */
  @IsBoolean() applied!: boolean;
  @ValidateNested() @Type(() => ImportCounts) counts!: ImportCounts;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ImportRowReport) rows!: ImportRowReport[];
  /** Field changes left out of `rows` past IMPORT_REPORT_MAX_CHANGES (they are still applied). */
  @IsInt() omittedChanges!: number;
}
