import {
  SCORE_PARTS_WITHOUT_FACTS,
  SCORE_WEIGHT_MAX,
  SCORE_WEIGHT_PARTS,
  type MentoringMode,
  type ScoreWeightPart,
} from '@passerelle/contracts/matching-codes';

/** What the weights typed so far mean for the score, as the scoring normalises them. */
export type WeightShares =
  | { status: 'ok'; total: number; shares: Partial<Record<ScoreWeightPart, number>> }
  /** A counted weight is empty, not a number, negative or above the maximum. */
  | { status: 'invalid' }
  /** Every counted weight is 0: there is nothing to share out. */
  | { status: 'zero' };

/** A weight as typed, or undefined when the API would refuse it. */
export function parseWeight(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const weight = Number(value);
  return Number.isFinite(weight) && weight >= 0 && weight <= SCORE_WEIGHT_MAX ? weight : undefined;
}

/** Whether the programme's scoring counts this part (reverse mentoring has no facts for some). */
export function isCounted(mode: MentoringMode, part: ScoreWeightPart): boolean {
  return !SCORE_PARTS_WITHOUT_FACTS[mode].includes(part);
}

/** Each counted part's share of the total (0 to 1), live while staff type. */
export function weightShares(
  mode: MentoringMode,
  typed: Readonly<Record<ScoreWeightPart, string>>,
): WeightShares {
  const counted = SCORE_WEIGHT_PARTS.filter((part) => isCounted(mode, part));
  const weights = counted.map((part) => [part, parseWeight(typed[part])] as const);
  if (weights.some(([, weight]) => weight === undefined)) return { status: 'invalid' };
  const total = weights.reduce((sum, [, weight]) => sum + weight!, 0);
  if (total === 0) return { status: 'zero' };
  return {
    status: 'ok',
    total,
    shares: Object.fromEntries(weights.map(([part, weight]) => [part, weight! / total])),
  };
}
