import { ValueGroups } from './value-groups.js';

describe('ValueGroups', () => {
  const zones = ['Europe/Paris', 'Africa/Dakar', 'Europe/Paris', 'America/Montreal', 'Africa/Dakar'];
  const groups = new ValueGroups(zones.length, (mentor) => zones[mentor]!);

  it('puts mentors with the same value in one group, the first of them representing it', () => {
    expect([...groups.groupOf]).toEqual([0, 1, 0, 2, 1]);
    expect([...groups.representatives]).toEqual([0, 1, 3]);
  });

  it('works a value out once per group', () => {
    const asked: number[] = [];
    const table = groups.table((representative) => {
      asked.push(representative);
      return zones[representative]!.length;
    });
    expect(asked).toEqual([0, 1, 3]);
    expect([...table]).toEqual([12, 12, 16]);
  });
});
