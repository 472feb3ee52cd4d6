/**
 * Mentors grouped by one of their values (sector, list of topics, languages,
 * time zone). Few distinct values are shared by many mentors, so a mentee's
 * search works a part out once per group and reads it per mentor.
 */
export class ValueGroups {
  /** Per mentor, its group. */
  readonly groupOf: Int32Array;
  /** Per group, the first mentor with that value: the one a part is worked out on. */
  readonly representatives: Int32Array;

  /** `keyOf(i)` is mentor i's value as a key: equal keys, one group. */
  constructor(mentorCount: number, keyOf: (mentor: number) => string | number) {
    const groups = new Map<string | number, number>();
    const representatives: number[] = [];
    this.groupOf = new Int32Array(mentorCount);
    for (let mentor = 0; mentor < mentorCount; mentor += 1) {
      const key = keyOf(mentor);
      let group = groups.get(key);
      if (group === undefined) {
        group = representatives.length;
        groups.set(key, group);
        representatives.push(mentor);
      }
      this.groupOf[mentor] = group;
    }
    this.representatives = Int32Array.from(representatives);
  }

  /** `valueOf(representative)` for every group, by group. */
  table(valueOf: (representative: number) => number): Float64Array {
    const table = new Float64Array(this.representatives.length);
    for (let group = 0; group < table.length; group += 1)
      table[group] = valueOf(this.representatives[group]!);
    return table;
  }
}
