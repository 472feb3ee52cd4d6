import { isEmail } from 'class-validator';
import {
  ALUMNI_IMPORT_COLUMNS,
  ALUMNI_IMPORT_MAX_BYTES,
  ALUMNI_IMPORT_MAX_ROWS,
  COUNTRIES,
  DISPLAY_NAME_MAX_LENGTH,
  EARLIEST_GRADUATION_YEAR,
  EMAIL_MAX_LENGTH,
  LINKEDIN_URL_MAX_LENGTH,
  LINKEDIN_URL_PATTERN,
  normaliseEmail,
  SECTORS,
  SHORT_TEXT_MAX_LENGTH,
  type AlumniImportColumn,
  type CountryCode,
  type ImportRowError,
  type ImportRowProblem,
  type Sector,
} from '@passerelle/contracts';
import { CsvFileError, parseCsv, type CsvRecord } from './csv-text.js';

/** What one line sets; a field left out (empty cell) keeps its stored value. */
export interface AlumnusImportFields {
  displayName?: string;
  graduationYear?: number;
  programme?: string;
  employer?: string;
  jobTitle?: string;
  sector?: Sector;
  city?: string;
  country?: CountryCode;
  linkedinUrl?: string;
}

export interface AlumnusImportRow {
  line: number;
  /** Normalised (trimmed, lower case); null when the cell is missing or invalid. */
  email: string | null;
  fields: AlumnusImportFields;
  errors: ImportRowError[];
}

type ColumnIndex = Partial<Record<AlumniImportColumn, number>>;

const knownColumns = new Set<string>(ALUMNI_IMPORT_COLUMNS);
const sectors = new Set<string>(SECTORS);
const countries = new Set<string>(COUNTRIES);

/**
 * Reads and checks a whole alumni CSV without touching the database: throws
 * CsvFileError for what makes the file unreadable (size, encoding, header),
 * and returns every data line with its own errors (bad email, unknown sector,
 * email twice in the file...).
 */
export function readAlumniCsv(text: string, currentYear: number): AlumnusImportRow[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > ALUMNI_IMPORT_MAX_BYTES) {
    throw new CsvFileError(
      'too-large',
      null,
      `The file is ${Math.ceil(bytes / 1024)} KiB; at most ${ALUMNI_IMPORT_MAX_BYTES / 1024} KiB can be imported at once`,
    );
  }
  const [header, ...records] = parseCsv(text);
  if (!header) throw new CsvFileError('empty', 1, 'The file is empty: line 1 must be the header');
  const columns = readHeader(header);
  if (records.length === 0) throw new CsvFileError('empty', 2, 'The file has a header but no alumni');
  if (records.length > ALUMNI_IMPORT_MAX_ROWS) {
    throw new CsvFileError(
      'too-many-rows',
      records[ALUMNI_IMPORT_MAX_ROWS]!.line,
      `The file has ${records.length} alumni; at most ${ALUMNI_IMPORT_MAX_ROWS} can be imported at once`,
    );
  }
  const rows = records.map((record) => readRow(record, columns, header.cells.length, currentYear));
  markDuplicateEmails(rows);
  return rows;
}

function readHeader(header: CsvRecord): ColumnIndex {
  const columns: ColumnIndex = {};
  header.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!knownColumns.has(name)) {
      throw new CsvFileError(
        'unknown-column',
        1,
        `Line 1, column ${index + 1}: "${raw.trim()}" is not a known column (expected: ${ALUMNI_IMPORT_COLUMNS.join(', ')})`,
        raw.trim(),
      );
    }
    const column = name as AlumniImportColumn;
    if (columns[column] !== undefined) {
      throw new CsvFileError('duplicate-column', 1, `Line 1: the column "${column}" appears twice`, column);
    }
    columns[column] = index;
  });
  if (columns.email === undefined) {
    throw new CsvFileError('missing-column', 1, 'Line 1: the header has no "email" column', 'email');
  }
  const hasSplitName = columns.first_name !== undefined && columns.last_name !== undefined;
  if (columns.display_name === undefined && !hasSplitName) {
    throw new CsvFileError(
      'missing-column',
      1,
      'Line 1: the header needs "display_name", or "first_name" and "last_name"',
      'display_name',
    );
  }
  return columns;
}

/** Collects the errors of one line while turning its cells into fields. */
class RowReader {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly cells: string[],
    private readonly columns: ColumnIndex,
  ) {}

  /** The trimmed cell, or undefined when the column is absent or the cell empty. */
  cell(column: AlumniImportColumn): string | undefined {
    const index = this.columns[column];
    const value = index === undefined ? undefined : this.cells[index]?.trim();
    return value === '' ? undefined : value;
  }

  text(column: AlumniImportColumn, maxLength = SHORT_TEXT_MAX_LENGTH): string | undefined {
    const value = this.cell(column);
    if (value !== undefined && value.length > maxLength) {
      return this.fail(column, 'too-long', `${column} must be at most ${maxLength} characters long`);
    }
    return value;
  }

  fail(column: AlumniImportColumn | null, problem: ImportRowProblem, message: string): undefined {
    this.errors.push({ column, problem, message });
    return undefined;
  }
}

function readRow(
  record: CsvRecord,
  columns: ColumnIndex,
  width: number,
  currentYear: number,
): AlumnusImportRow {
  const row = new RowReader(record.cells, columns);
  if (record.cells.length !== width) {
    row.fail(null, 'wrong-cell-count', `The line has ${record.cells.length} cells; the header has ${width}`);
  }
  const fields: AlumnusImportFields = {
    displayName: readName(row),
    graduationYear: readYear(row, currentYear),
    programme: row.text('programme'),
    employer: row.text('employer'),
    jobTitle: row.text('job_title'),
    sector: readCode(row, 'sector', (value) => value.toLowerCase(), sectors, 'unknown-sector') as
      Sector | undefined,
    city: row.text('city'),
    country: readCode(row, 'country', (value) => value.toUpperCase(), countries, 'unknown-country') as
      CountryCode | undefined,
    linkedinUrl: readLinkedinUrl(row),
  };
  const email = readEmail(row);
  return { line: record.line, email, fields: withoutUndefined(fields), errors: row.errors };
}

function readEmail(row: RowReader): string | null {
  const raw = row.cell('email');
  if (raw === undefined) return row.fail('email', 'required', 'email is required') ?? null;
  const email = normaliseEmail(raw);
  if (email.length > EMAIL_MAX_LENGTH || !isEmail(email)) {
    return row.fail('email', 'invalid-email', `"${raw}" is not a valid email address`) ?? null;
  }
  return email;
}

function readName(row: RowReader): string | undefined {
  const split = [row.cell('first_name'), row.cell('last_name')].filter(Boolean).join(' ');
  const name = row.cell('display_name') ?? (split === '' ? undefined : split);
  if (name === undefined) {
    return row.fail(
      'display_name',
      'required',
      'a name is required (display_name, or first_name and last_name)',
    );
  }
  if (name.length > DISPLAY_NAME_MAX_LENGTH) {
    return row.fail(
      'display_name',
      'too-long',
      `the name must be at most ${DISPLAY_NAME_MAX_LENGTH} characters long`,
    );
  }
  return name;
}

function readYear(row: RowReader, currentYear: number): number | undefined {
  const raw = row.cell('graduation_year');
  if (raw === undefined) return undefined;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= EARLIEST_GRADUATION_YEAR && year <= currentYear)) {
    return row.fail(
      'graduation_year',
      'invalid-year',
      `"${raw}" is not a graduation year between ${EARLIEST_GRADUATION_YEAR} and ${currentYear}`,
    );
  }
  return year;
}

function readCode(
  row: RowReader,
  column: 'sector' | 'country',
  normalise: (value: string) => string,
  codes: Set<string>,
  problem: ImportRowProblem,
): string | undefined {
  const raw = row.cell(column);
  if (raw === undefined) return undefined;
  const code = normalise(raw);
  return codes.has(code) ? code : row.fail(column, problem, `"${raw}" is not a known ${column} code`);
}

function readLinkedinUrl(row: RowReader): string | undefined {
  const url = row.text('linkedin_url', LINKEDIN_URL_MAX_LENGTH);
  if (url === undefined || LINKEDIN_URL_PATTERN.test(url)) return url;
  return row.fail(
    'linkedin_url',
    'invalid-linkedin-url',
    `"${url}" is not a https://www.linkedin.com/… address`,
  );
}

/** The second and later lines with an address already seen get an error pointing to the first. */
function markDuplicateEmails(rows: AlumnusImportRow[]): void {
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    if (row.email === null) continue;
    const firstLine = firstLineOf.get(row.email);
    if (firstLine === undefined) {
      firstLineOf.set(row.email, row.line);
    } else {
      row.errors.push({
        column: 'email',
        problem: 'duplicate-email',
        message: `${row.email} is already on line ${firstLine}`,
        firstLine,
      });
    }
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
