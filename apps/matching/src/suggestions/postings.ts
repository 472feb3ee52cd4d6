/**
 * For each code, the mentors that list it: an inverted index in two flat
 * arrays (compressed rows), so that counting what a mentee shares with every
 * mentor costs the length of the lists of the mentee's few codes, not a pass
 * over every mentor's codes.
 */
export class CodePostings {
  /** Mentors of code slot s are mentors[start[s]…start[s + 1]). */
  private readonly start: Int32Array;
  private readonly mentors: Int32Array;
  /** Code → its slot; codes no mentor lists have none. */
  private readonly slotOf = new Map<number, number>();

  /**
   * `codesOf(i)` are mentor i's codes. Not deduplicated: a mentor listing a code
   * twice is counted twice, as CodeSet.count counts it in the scoring.
   */
  constructor(mentorCount: number, codesOf: (mentor: number) => Int32Array) {
    // Codes are small integers (one table for the process): slots are found by array index while
    // building, which an index rebuilt whenever mentors change does over every mentor's codes.
    const slotByCode: number[] = [];
    const sizes: number[] = [];
    for (let mentor = 0; mentor < mentorCount; mentor += 1) {
      const codes = codesOf(mentor);
      for (let i = 0; i < codes.length; i += 1) {
        const code = codes[i]!;
        let slot = slotByCode[code];
        if (slot === undefined) {
          slot = sizes.length;
          slotByCode[code] = slot;
          this.slotOf.set(code, slot);
          sizes.push(0);
        }
        sizes[slot]! += 1;
      }
    }
    this.start = new Int32Array(sizes.length + 1);
    for (let slot = 0; slot < sizes.length; slot += 1)
      this.start[slot + 1] = this.start[slot]! + sizes[slot]!;
    this.mentors = new Int32Array(this.start[sizes.length]!);
    const next = this.start.slice(0, sizes.length);
    for (let mentor = 0; mentor < mentorCount; mentor += 1) {
      const codes = codesOf(mentor);
      for (let i = 0; i < codes.length; i += 1) this.mentors[next[slotByCode[codes[i]!]!]!++] = mentor;
    }
  }

  /** Adds to counts[i] how many times mentor i lists each of `codes`. */
  countInto(codes: Int32Array, counts: Int32Array): void {
    for (const code of codes) {
      const slot = this.slotOf.get(code);
      if (slot === undefined) continue;
      const end = this.start[slot + 1]!;
      for (let position = this.start[slot]!; position < end; position += 1)
        counts[this.mentors[position]!]! += 1;
    }
  }
}
