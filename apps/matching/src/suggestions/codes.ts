/**
 * Strings the scoring compares over and over (skill ids, sectors, topics,
 * languages, words of job titles, time zones) as small integers, so that a
 * comparison in the loop over thousands of mentors is an array read instead
 * of a hash lookup. The table only grows with distinct values, which are
 * bounded by the taxonomy and the vocabulary of job titles.
 */
const table = new Map<string, number>();

export function codeOf(value: string): number {
  let code = table.get(value);
  if (code === undefined) {
    code = table.size;
    table.set(value, code);
  }
  return code;
}

export function codesOf(values: Iterable<string>): Int32Array {
  return Int32Array.from(values, codeOf);
}

/** A set of codes with constant-time membership. */
export class CodeSet {
  private readonly marks: Uint8Array;
  /** The distinct codes, in the order first given. */
  readonly codes: Int32Array;
  readonly size: number;

  constructor(values: Iterable<string>) {
    this.codes = codesOf(new Set(values));
    this.size = this.codes.length;
    this.marks = new Uint8Array(this.codes.reduce((max, code) => Math.max(max, code + 1), 0));
    for (const code of this.codes) this.marks[code] = 1;
  }

  has(code: number): boolean {
    return code < this.marks.length && this.marks[code] === 1;
  }

  /** How many of `codes` are in the set (duplicates counted each time). */
  count(codes: Int32Array): number {
    let count = 0;
    for (let i = 0; i < codes.length; i += 1) if (this.has(codes[i]!)) count += 1;
    return count;
  }
}
