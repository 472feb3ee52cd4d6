import { DEFAULT_WEIGHTS, SCORE_PARTS, type Weights } from '../suggestions/scoring.js';
import type { Programme } from './programme.entity.js';

/**
 * The weights a programme scores with: the ones staff saved, the defaults for
 * any part they never set (an empty column means "the defaults").
 */
export function programmeWeights(programme: Pick<Programme, 'weights'>): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const part of SCORE_PARTS) {
    const saved = programme.weights[part];
    if (typeof saved === 'number') weights[part] = saved;
  }
  return weights;
}

/** True while staff never saved weights for the programme. */
export function usesDefaultWeights(programme: Pick<Programme, 'weights'>): boolean {
  return SCORE_PARTS.every((part) => typeof programme.weights[part] !== 'number');
}
