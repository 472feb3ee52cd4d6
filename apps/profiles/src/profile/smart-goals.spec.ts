import { findGoalProblems, localDate } from './smart-goals.js';

const goal = (targetDate: string, id?: string) => ({
  id,
  title: 'Décrocher un stage',
  specific: 'Postuler à des stages en analyse de données',
  measurable: '15 candidatures envoyées',
  targetDate,
});

const existingId = '6b0b0b1e-6a43-4f3c-9d51-1f3b8a2f7c10';

describe('findGoalProblems', () => {
  it('accepts a new goal dated after today', () => {
    expect(findGoalProblems([goal('2026-12-01')], [], '2026-11-23')).toEqual([]);
  });

  it('rejects a new goal dated today or earlier, naming its target date', () => {
    expect(findGoalProblems([goal('2026-12-01'), goal('2026-11-23')], [], '2026-11-23')).toEqual([
      { field: 'student.goals.1.targetDate', messages: ['targetDate must be after today (2026-11-23)'] },
    ]);
  });

  it('lets a past goal keep its date (to be marked achieved), but not move to another past date', () => {
    const stored = [{ id: existingId, targetDate: '2026-10-01' }];
    expect(findGoalProblems([goal('2026-10-01', existingId)], stored, '2026-11-23')).toEqual([]);
    expect(findGoalProblems([goal('2026-10-02', existingId)], stored, '2026-11-23')[0]?.field).toBe(
      'student.goals.0.targetDate',
    );
  });

  it('rejects an id that is not one of the person’s goals', () => {
    expect(findGoalProblems([goal('2027-01-01', existingId)], [], '2026-11-23')).toEqual([
      { field: 'student.goals.0.id', messages: ['id is not one of your goals'] },
    ]);
  });
});

describe('localDate', () => {
  it('gives the calendar date in the person’s zone', () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(localDate('Europe/Paris', instant)).toBe('2026-11-24');
    expect(localDate('America/Toronto', instant)).toBe('2026-11-23');
  });
});
