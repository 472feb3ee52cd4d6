export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

/**
 * How long to wait before retry number `attempt` (1 for the first retry):
 * doubling from `initialMs`, never more than `maxMs`, with up to 20 % random
 * spread so replicas that failed together do not retry in lockstep.
 */
export function cappedBackoff(attempt: number, policy: BackoffPolicy, random = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const base = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(exponent, 30));
  return Math.round(base * (0.8 + 0.2 * random()));
}
