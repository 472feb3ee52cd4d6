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
  // A plain loop: Int32Array.from with a mapping function is several times slower, and this runs
  // for every mentee of a cycle.
  const list = Array.isArray(values) ? (values as readonly string[]) : [...values];
  const codes = new Int32Array(list.length);
  for (let i = 0; i < list.length; i += 1) codes[i] = codeOf(list[i]!);
  return codes;
}

/**
 * A mentee's few codes (skills to develop, target sectors, topics, languages,
 * words of the target role). Membership is a scan of the distinct codes: for
 * a handful it is as fast as a lookup table, and a table as long as the
 * highest code, made for each of a cycle's thousands of mentees, kept the
 * garbage collector busy.
 */
export class CodeSet {
  /** The distinct codes, in the order first given. */
  readonly codes: Int32Array;
  readonly size: number;

  constructor(values: Iterable<string>) {
    this.codes = codesOf(new Set(values));
    this.size = this.codes.length;
  }

  has(code: number): boolean {
    const codes = this.codes;
    for (let i = 0; i < codes.length; i += 1) if (codes[i] === code) return true;
    return false;
  }

  /** How many of `codes` are in the set (duplicates counted each time). */
  count(codes: Int32Array): number {
    let count = 0;
    for (let i = 0; i < codes.length; i += 1) if (this.has(codes[i]!)) count += 1;
    return count;
  }
}
