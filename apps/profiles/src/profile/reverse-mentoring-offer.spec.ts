import { Role } from '@passerelle/contracts';
import { findReverseOfferProblems } from './reverse-mentoring-offer.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const offering = (...topics: string[]) => ({ offersReverseMentoring: true, reverseMentoringOffer: topics });

describe('findReverseOfferProblems', () => {
  it('accepts a student offering at least one topic, and anyone not offering', () => {
    expect(findReverseOfferProblems(Role.Student, false, offering('ai-tools'), 2027, NOW)).toEqual([]);
    const notOffering = { offersReverseMentoring: false, reverseMentoringOffer: [] };
    expect(findReverseOfferProblems(Role.Alumnus, false, notOffering, 1998, NOW)).toEqual([]);
  });

  it('asks for at least one topic when the offer is on, naming the field of the role', () => {
    expect(findReverseOfferProblems(Role.Student, false, offering(), 2027, NOW)).toEqual([
      {
        field: 'student.reverseMentoringOffer',
        messages: ['reverseMentoringOffer must name at least one topic while offersReverseMentoring is on'],
      },
    ]);
  });

  it('lets an alumnus offer within two years of graduating only', () => {
    expect(findReverseOfferProblems(Role.Alumnus, false, offering('ai-tools'), 2024, NOW)).toEqual([]);
    const [problem] = findReverseOfferProblems(Role.Alumnus, false, offering('ai-tools'), 2023, NOW);
    expect(problem?.field).toBe('alumnus.offersReverseMentoring');
    expect(findReverseOfferProblems(Role.Alumnus, false, offering('ai-tools'), null, NOW)).toHaveLength(1);
  });

  it('keeps an offer made while recent when the graduate edits their profile later', () => {
    expect(findReverseOfferProblems(Role.Alumnus, true, offering('ai-tools'), 2020, NOW)).toEqual([]);
  });
});
