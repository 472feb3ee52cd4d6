import { toPrefixTsQuery } from './text-query.js';

describe('toPrefixTsQuery', () => {
  it('requires every word, the last one as a prefix', () => {
    expect(toPrefixTsQuery('data scien')).toBe('data & scien:*');
  });

  it('keeps a short last word exact so "de" does not match half the directory', () => {
    expect(toPrefixTsQuery('Dakar BI')).toBe('Dakar & BI');
  });

  it('keeps accented letters for the configuration to unaccent', () => {
    expect(toPrefixTsQuery('École Développeuse')).toBe('École & Développeuse:*');
  });

  it('drops tsquery operators and punctuation', () => {
    expect(toPrefixTsQuery("d'affaires | !java & (c++) <-> 'xyz':*")).toBe('d & affaires & java & c & xyz:*');
  });

  it('gives null when nothing searchable was typed', () => {
    expect(toPrefixTsQuery('  -- !! ')).toBeNull();
    expect(toPrefixTsQuery('')).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(toPrefixTsQuery('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });
});
