import { Role } from '@passerelle/contracts';
import { NO_HISTORY } from '../suggestions/facts.js';
import type { MemberFacts } from '../suggestions/member-facts.js';
import { normaliseWeights, WeekCalendar } from '../suggestions/scoring.js';
import { computeDraft, type CyclePoolFacts, type DraftSettings } from './cycle-draft.js';

function aMember(accountId: string, overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    accountId,
    role: Role.Student,
    timeZone: 'Europe/Paris',
    skillIds: [],
    sectors: [],
    topics: [],
    formats: [],
    languages: ['fr'],
    availability: [],
    jobTitle: null,
    targetRoles: [],
    graduationYear: 2031,
    openToReverseMentoring: false,
    reverseMentoringTopics: [],
    offersReverseMentoring: false,
    reverseMentoringOffer: [],
    jobSearchStage: null,
    capacity: 0,
    placesTaken: 0,
    approval: 'none',
    availableToMentor: false,
    medianResponseHours: null,
    ...overrides,
  };
}

const aMentor = (accountId: string, skillIds: string[], capacity = 1) =>
  aMember(accountId, {
    role: Role.Alumnus,
    skillIds,
    capacity,
    approval: 'approved',
    availableToMentor: true,
  });
const aStudent = (accountId: string, skillIds: string[]) => aMember(accountId, { skillIds });

const settings = (overrides: Partial<DraftSettings> = {}): DraftSettings => ({
  topK: 5,
  weights: normaliseWeights(),
  calendar: new WeekCalendar('2026-12-07'),
  locked: [],
  removed: [],
  ...overrides,
});

const pairsOf = (draft: ReturnType<typeof computeDraft>) =>
  Object.fromEntries(draft.optimal.pairs.map((pair) => [pair.menteeId, pair.mentorId]));

describe('a cycle draft', () => {
  // Ana needs three skills only one mentor has; Bruno's one skill both mentors have.
  const pool: CyclePoolFacts = {
    mode: 'classic',
    mentees: [aStudent('ana', ['sql', 'python', 'excel']), aStudent('bruno', ['sql'])],
    mentors: [aMentor('m-sql-python', ['sql', 'python', 'excel']), aMentor('m-sql', ['sql'])],
    histories: new Map(),
  };

  it('pairs every mentee within the free places and reports the pool', () => {
    const draft = computeDraft(pool, settings());
    expect(draft.pool).toEqual({ mentees: 2, mentors: 2, freePlaces: 2 });
    expect(draft.optimal.coverage).toBe(1);
    expect(pairsOf(draft)).toEqual({ ana: 'm-sql-python', bruno: 'm-sql' });
    expect(draft.optimal.totalScore).toBeGreaterThanOrEqual(draft.greedy.totalScore);
  });

  it('keeps a locked pair and takes its place first', () => {
    const draft = computeDraft(pool, settings({ locked: [{ menteeId: 'bruno', mentorId: 'm-sql-python' }] }));
    expect(pairsOf(draft)).toEqual({ bruno: 'm-sql-python', ana: 'm-sql' });
    expect(draft.locked).toEqual([
      { menteeId: 'bruno', mentorId: 'm-sql-python', score: expect.any(Number) },
    ]);
    expect(draft.optimal.pairs.find((pair) => pair.menteeId === 'bruno')!.locked).toBe(true);
  });

  it('lets go of a lock whose mentee left the pool or whose mentor has no place left for it', () => {
    const draft = computeDraft(
      pool,
      settings({
        locked: [
          { menteeId: 'ana', mentorId: 'm-sql' },
          { menteeId: 'bruno', mentorId: 'm-sql' },
          { menteeId: 'gone', mentorId: 'm-sql-python' },
        ],
      }),
    );
    expect(draft.locked.map((pair) => pair.menteeId)).toEqual(['ana']);
    expect(pairsOf(draft)).toEqual({ ana: 'm-sql', bruno: 'm-sql-python' });
  });

  it('never proposes a removed pair, nor a mentor the mentee’s history rules out', () => {
    const removed = computeDraft(
      pool,
      settings({ removed: [{ menteeId: 'ana', mentorId: 'm-sql-python' }] }),
    );
    expect(pairsOf(removed).ana).toBe('m-sql');
    const declined = computeDraft(
      { ...pool, histories: new Map([['bruno', { ...NO_HISTORY, declinedBy: new Set(['m-sql']) }]]) },
      settings(),
    );
    expect(pairsOf(declined).bruno).toBe('m-sql-python');
  });
});
