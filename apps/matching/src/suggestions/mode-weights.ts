import type { MentoringMode } from '@passerelle/contracts';
import { programmeWeights } from '../programmes/programme-weights.js';
import type { Programme } from '../programmes/programme.entity.js';
import {
  DEFAULT_WEIGHTS,
  normaliseWeights,
  SCORE_PARTS,
  type NormalisedWeights,
  type ScorePart,
  type Weights,
} from './scoring.js';

/** Parts that have no facts in reverse mode (see member-facts.ts): counted, they would cap every score. */
const WITHOUT_FACTS: Record<MentoringMode, readonly ScorePart[]> = {
  classic: [],
  reverse: ['skills', 'sector', 'targetRole'],
};

function withoutPartsOf(mode: MentoringMode, weights: Weights): Weights {
  const kept = { ...weights };
  for (const part of WITHOUT_FACTS[mode]) kept[part] = 0;
  return kept;
}

/**
 * The programme's weights (staff's, over the defaults), without the parts
 * its mode has no facts for; the defaults' if nothing would be left (staff
 * weighting only those parts).
 */
export function scoringWeightsOf(programme: Pick<Programme, 'mode' | 'weights'>): NormalisedWeights {
  const weights = withoutPartsOf(programme.mode, programmeWeights(programme));
  const anyLeft = SCORE_PARTS.some((part) => weights[part] > 0);
  return normaliseWeights(anyLeft ? weights : withoutPartsOf(programme.mode, DEFAULT_WEIGHTS));
}
