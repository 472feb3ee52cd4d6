import { isIanaTimeZone, SECTORS } from '@passerelle/contracts';
import { SKILL_CATALOGUE } from '@passerelle/contracts';
import { emailLocalPart, generateDemoPopulation } from './demo-people.js';

const options = { seed: 2026, now: new Date('2026-11-23T10:00:00Z') };
const counts = { alumni: 200, students: 300 };

describe('generateDemoPopulation', () => {
  const { alumni, students } = generateDemoPopulation(counts, options);
  const everyone = [...alumni, ...students];

  it('gives the same people for the same seed', () => {
    expect(generateDemoPopulation(counts, options)).toEqual({ alumni, students });
    expect(generateDemoPopulation(counts, { ...options, seed: 1 }).alumni[0]).not.toEqual(alumni[0]);
  });

  it('gives everyone a unique id and email', () => {
    expect(new Set(everyone.map((person) => person.id)).size).toBe(everyone.length);
    expect(new Set(everyone.map((person) => person.email)).size).toBe(everyone.length);
  });

  it('uses only skills of the taxonomy and valid time zones', () => {
    const known = new Set(SKILL_CATALOGUE.flatMap((family) => family.skills.map(([id]) => id)));
    const used = [...alumni.flatMap((a) => a.skillIds), ...students.flatMap((s) => s.skillIdsToDevelop)];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
    expect(everyone.filter((person) => !isIanaTimeZone(person.timeZone))).toEqual([]);
  });

  it('spreads people over France, Europe, Africa and North America', () => {
    const zones = new Set(everyone.map((person) => person.timeZone.split('/')[0]));
    expect([...zones]).toEqual(expect.arrayContaining(['Europe', 'Africa', 'America']));
    const africanCities = new Set(alumni.filter((a) => a.timeZone.startsWith('Africa/')).map((a) => a.city));
    expect(africanCities.size).toBeGreaterThanOrEqual(3);
  });

  it('has mentors pending approval, mentors who are full and mentors with room', () => {
    expect(alumni.some((a) => a.standing === 'pending')).toBe(true);
    const available = alumni.filter((a) => a.standing === 'available');
    expect(available.some((a) => a.activeMentees === a.capacity)).toBe(true);
    expect(available.some((a) => a.activeMentees < a.capacity)).toBe(true);
    expect(alumni.every((a) => a.activeMentees <= a.capacity)).toBe(true);
  });

  it('never invents a response time for a mentor who is not taking mentees', () => {
    expect(alumni.filter((a) => a.standing !== 'available' && a.medianResponseHours !== null)).toEqual([]);
  });

  it('covers several sectors with their own employers and titles', () => {
    expect(new Set(alumni.map((a) => a.sector)).size).toBeGreaterThan(SECTORS.length / 2);
    const it = alumni.find((a) => a.sector === 'it-software');
    expect(it?.bio).toContain(it?.employer);
  });
});

describe('emailLocalPart', () => {
  it('drops accents and joins compound names with hyphens', () => {
    expect(emailLocalPart('Léa', 'Le Gall')).toBe('lea.le-gall');
    expect(emailLocalPart('Aïssatou', 'El Amrani')).toBe('aissatou.el-amrani');
  });
});
