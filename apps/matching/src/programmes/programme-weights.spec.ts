import { DEFAULT_WEIGHTS } from '../suggestions/scoring.js';
import { programmeWeights, usesDefaultWeights } from './programme-weights.js';

describe('programme weights', () => {
  it('are the defaults while staff never saved any', () => {
    expect(programmeWeights({ weights: {} })).toEqual(DEFAULT_WEIGHTS);
    expect(usesDefaultWeights({ weights: {} })).toBe(true);
  });

  it('take what staff saved, part by part, and ignore names that are not parts', () => {
    const weights = programmeWeights({ weights: { skills: 0, sector: 40, retired: 99 } });
    expect(weights).toEqual({ ...DEFAULT_WEIGHTS, skills: 0, sector: 40 });
    expect(usesDefaultWeights({ weights: { skills: 0 } })).toBe(false);
  });
});
