import { seededRandom } from '../suggestions/facts.fixtures.js';
import { BucketQueue } from './bucket-queue.js';

describe('BucketQueue', () => {
  it('pops nodes by increasing key, a lowered key taking effect at once', () => {
    const queue = new BucketQueue(5, 10);
    queue.set(0, 7);
    queue.set(1, 3);
    queue.set(2, 9);
    queue.set(2, 1);
    expect(queue.size).toBe(3);
    const popped: [number, number][] = [];
    while (queue.size > 0) {
      const key = queue.lowestKey;
      popped.push([queue.pop(), key]);
    }
    expect(popped).toEqual([
      [2, 1],
      [1, 3],
      [0, 7],
    ]);
  });

  it('agrees with sorting on a random Dijkstra-like sequence, and clears for the next search', () => {
    const random = seededRandom(9);
    const queue = new BucketQueue(200, 1000);
    for (let search = 0; search < 5; search += 1) {
      const keys = new Map<number, number>();
      let floor = 0;
      const popped: number[] = [];
      for (let step = 0; step < 400; step += 1) {
        if (random() < 0.6 || queue.size === 0) {
          // Keys set are never below the last key popped, as in Dijkstra.
          const node = Math.floor(random() * 200);
          const key = floor + Math.floor(random() * 50);
          if (keys.has(node) && keys.get(node)! <= key) continue;
          keys.set(node, key);
          queue.set(node, key);
        } else {
          floor = queue.lowestKey;
          const node = queue.pop();
          expect(keys.get(node)).toBe(floor);
          expect(Math.min(...keys.values())).toBe(floor);
          keys.delete(node);
          popped.push(floor);
        }
      }
      expect(popped).toEqual([...popped].sort((a, b) => a - b));
      queue.clear();
      expect(queue.size).toBe(0);
    }
  });

  it('refuses keys outside its range', () => {
    const queue = new BucketQueue(2, 10);
    expect(() => queue.set(0, 11)).toThrow(RangeError);
    expect(() => queue.set(0, -1)).toThrow(RangeError);
    expect(() => queue.lowestKey).toThrow(/empty/);
  });
});
