import { normaliseTag } from './taxonomy.js';

describe('normaliseTag', () => {
  it.each([
    ['  Économie   Sociale ', 'economie sociale'],
    ['IA', 'ia'],
    ['Ça\tmarche', 'ca marche'],
    ['naïve', 'naive'],
  ])('turns %p into %p', (label, expected) => {
    expect(normaliseTag(label)).toBe(expected);
  });

  it('gives one form to spellings that differ only by case, accents and spaces', () => {
    expect(new Set(['Vélo', 'velo', ' VELO ', 'vélo']).size).toBe(4);
    expect(new Set(['Vélo', 'velo', ' VELO ', 'vélo'].map(normaliseTag))).toEqual(new Set(['velo']));
  });
});
