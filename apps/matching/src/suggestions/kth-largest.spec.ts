import { seededRandom } from './facts.fixtures.js';
import { KthLargest } from './kth-largest.js';

describe('KthLargest', () => {
  it('is -Infinity until K numbers were offered', () => {
    const third = new KthLargest(3);
    third.offer(5);
    third.offer(7);
    expect(third.value).toBe(Number.NEGATIVE_INFINITY);
    third.offer(1);
    expect(third.value).toBe(1);
  });

  it('is the K-th largest of a long stream, duplicates counted', () => {
    const random = seededRandom(5);
    for (const k of [1, 2, 7, 25]) {
      const values = Array.from({ length: 500 }, () => Math.floor(random() * 50) / 10);
      const kth = new KthLargest(k);
      values.forEach((value) => kth.offer(value));
      expect(kth.value).toBe([...values].sort((a, b) => b - a)[k - 1]);
    }
  });

  it('refuses a K below 1', () => {
    expect(() => new KthLargest(0)).toThrow(RangeError);
  });
});
