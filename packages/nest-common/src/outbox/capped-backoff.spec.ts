import { cappedBackoff } from './capped-backoff.js';

describe('capped backoff', () => {
  const policy = { initialMs: 100, maxMs: 5_000 };
  const noSpread = (): number => 1;

  it('doubles from the initial delay', () => {
    expect([1, 2, 3, 4].map((attempt) => cappedBackoff(attempt, policy, noSpread))).toEqual([
      100, 200, 400, 800,
    ]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(cappedBackoff(7, policy, noSpread)).toBe(5_000);
    expect(cappedBackoff(10_000, policy, noSpread)).toBe(5_000);
  });

  it('spreads retries over the last fifth of the delay', () => {
    expect(cappedBackoff(1, policy, () => 0)).toBe(80);
    expect(cappedBackoff(20, policy, () => 0)).toBe(4_000);
  });
});
