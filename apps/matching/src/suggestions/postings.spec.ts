import { CodePostings } from './postings.js';

describe('CodePostings', () => {
  const lists = [Int32Array.of(1, 2), Int32Array.of(2, 3, 2), Int32Array.of(), Int32Array.of(3)];
  const postings = new CodePostings(lists.length, (mentor) => lists[mentor]!);

  it('counts, for every mentor, how many times it lists each of the codes asked', () => {
    const counts = new Int32Array(lists.length);
    postings.countInto(Int32Array.of(2, 3), counts);
    // Mentor 1 lists 2 twice: counted twice, as the scoring's CodeSet.count does.
    expect([...counts]).toEqual([1, 3, 0, 1]);
  });

  it('adds to what the counts already hold and ignores codes nobody lists', () => {
    const counts = Int32Array.of(5, 0, 0, 0);
    postings.countInto(Int32Array.of(1, 99), counts);
    expect([...counts]).toEqual([6, 0, 0, 0]);
  });
});
