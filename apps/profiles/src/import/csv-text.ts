import type { ImportFileProblem } from '@passerelle/contracts';

/** One record of a CSV file and the line where it starts (a quoted cell may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Why a file cannot be read at all, with the line at fault (1-based). */
export class CsvFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly line: number | null,
    message: string,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

const BOM = '\uFEFF';
/** What a UTF-8 decoder puts where the bytes were not UTF-8 (Latin-1 accents, for instance). */
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Reads RFC 4180 CSV text: quoted cells with `""` for a quote and line breaks
 * inside, CRLF or LF line ends, a leading UTF-8 byte-order mark ignored (Excel
 * writes one). The separator is `,`, or `;` when the header has semicolons and
 * no comma (what French Excel writes). Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  rejectNonUtf8(body);
  const separator = separatorOf(body);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedAt = 0;

  const endRecord = (): void => {
    cells.push(cell);
    // A line with nothing on it is not a record (a trailing newline, a blank line in the middle).
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };

  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"') {
        if (body[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      quoteOpenedAt = line;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) {
    throw new CsvFileError(
      'unclosed-quote',
      quoteOpenedAt,
      `Line ${quoteOpenedAt}: a quoted cell is never closed`,
    );
  }
  endRecord();
  return records;
}

function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function rejectNonUtf8(text: string): void {
  const at = text.indexOf(REPLACEMENT_CHARACTER);
  if (at === -1) return;
  const line = text.slice(0, at).split('\n').length;
  throw new CsvFileError(
    'not-utf8',
    line,
    `Line ${line} is not UTF-8 text (the file looks like Latin-1 or Windows-1252): save it as "CSV UTF-8"`,
  );
}
