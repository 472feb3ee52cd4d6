import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps integers within both bounds', () => {
    const random = new SeededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it('samples distinct items and never more than the list holds', () => {
    const random = new SeededRandom(7);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5)).toHaveLength(2);
  });

  it('never picks a choice of weight zero', () => {
    const random = new SeededRandom(9);
    const picks = Array.from({ length: 200 }, () =>
      random.weighted([
        ['often', 3],
        ['never', 0],
        ['sometimes', 1],
      ] as const),
    );
    expect(picks).not.toContain('never');
    expect(picks).toContain('sometimes');
  });
});
