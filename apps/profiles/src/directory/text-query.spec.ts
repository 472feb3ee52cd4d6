import { toPrefixTsQuery } from './text-query.js';

describe('toPrefixTsQuery', () => {
  it('requires every word, each long word as a prefix', () => {
    expect(toPrefixTsQuery('data scientist')).toBe('data:* & scientist:*');
  });

  it('keeps short words exact so "de" does not match half the directory', () => {
    expect(toPrefixTsQuery('BI de Dakar')).toBe('BI & de & Dakar:*');
  });

  it('keeps accented letters for the configuration to unaccent', () => {
    expect(toPrefixTsQuery('Développeuse École')).toBe('Développeuse:* & École:*');
  });

  it('drops tsquery operators and punctuation', () => {
    expect(toPrefixTsQuery("d'affaires | !java & (c++) <-> 'x':*")).toBe('d & affaires:* & java:* & c & x');
  });

  it('gives null when nothing searchable was typed', () => {
    expect(toPrefixTsQuery('  -- !! ')).toBeNull();
    expect(toPrefixTsQuery('')).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(toPrefixTsQuery('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });
});
