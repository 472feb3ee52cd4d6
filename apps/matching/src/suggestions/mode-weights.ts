import { SCORE_PARTS_WITHOUT_FACTS, type MentoringMode } from '@passerelle/contracts';
import { programmeWeights } from '../programmes/programme-weights.js';
import type { Programme } from '../programmes/programme.entity.js';
import {
  DEFAULT_WEIGHTS,
  normaliseWeights,
  SCORE_PARTS,
  type NormalisedWeights,
  type Weights,
} from './scoring.js';

function withoutPartsOf(mode: MentoringMode, weights: Weights): Weights {
  const kept = { ...weights };
  // No facts for them in reverse mode (see member-facts.ts).
  for (const part of SCORE_PARTS_WITHOUT_FACTS[mode]) kept[part] = 0;
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
