import { seededRandom } from '../suggestions/facts.fixtures.js';
import {
  greedyAssignment,
  optimalAssignment,
  type Assignment,
  type AssignmentProblem,
  type CandidateEdge,
} from './assignment.js';

function problem(
  freePlaces: Record<string, number>,
  candidates: Record<string, Record<string, number>>,
  extra: Partial<AssignmentProblem> = {},
): AssignmentProblem {
  return {
    mentees: Object.keys(candidates),
    freePlaces: new Map(Object.entries(freePlaces)),
    candidates: new Map(
      Object.entries(candidates).map(([mentee, scores]) => [
        mentee,
        Object.entries(scores).map(([mentorId, score]) => ({ mentorId, score })),
      ]),
    ),
    ...extra,
  };
}

const pairsOf = (assignment: Assignment): string[] =>
  assignment.pairs.map((pair) => `${pair.menteeId}→${pair.mentorId}`).sort();

function loadsOf(assignment: Assignment): Map<string, number> {
  const loads = new Map<string, number>();
  for (const pair of assignment.pairs) loads.set(pair.mentorId, (loads.get(pair.mentorId) ?? 0) + 1);
  return loads;
}

function expectValid(instance: AssignmentProblem, assignment: Assignment): void {
  for (const [mentor, load] of loadsOf(assignment))
    expect(load).toBeLessThanOrEqual(instance.freePlaces.get(mentor)!);
  const mentees = assignment.pairs.map((pair) => pair.menteeId);
  expect(new Set(mentees).size).toBe(mentees.length);
  for (const pair of assignment.pairs) {
    if (pair.locked) continue;
    const edge = instance.candidates
      .get(pair.menteeId)!
      .find((candidate) => candidate.mentorId === pair.mentorId);
    expect(edge?.score).toBe(pair.score);
  }
  const total = assignment.pairs.reduce((sum, pair) => sum + pair.score, 0);
  expect(assignment.totalScore).toBeCloseTo(total, 6);
  expect(assignment.unassigned.length + assignment.pairs.length).toBe(instance.mentees.length);
}

/** Every way to place each mentee with one of its candidates or nobody: the true best total. */
function bruteForceBest(instance: AssignmentProblem): number {
  const mentees = instance.mentees;
  const load = new Map<string, number>();
  let best = 0;
  const visit = (index: number, total: number): void => {
    if (index === mentees.length) {
      best = Math.max(best, total);
      return;
    }
    visit(index + 1, total);
    for (const edge of instance.candidates.get(mentees[index]!) ?? []) {
      const used = load.get(edge.mentorId) ?? 0;
      if (used >= (instance.freePlaces.get(edge.mentorId) ?? 0)) continue;
      load.set(edge.mentorId, used + 1);
      visit(index + 1, total + edge.score);
      load.set(edge.mentorId, used);
    }
  };
  visit(0, 0);
  return Math.round(best * 10) / 10;
}

function randomProblem(seed: number, mentees: number, mentors: number, k: number): AssignmentProblem {
  const random = seededRandom(seed);
  const freePlaces = new Map<string, number>();
  for (let j = 0; j < mentors; j += 1) freePlaces.set(`m${j}`, 1 + Math.floor(random() * 3));
  const candidates = new Map<string, CandidateEdge[]>();
  const ids: string[] = [];
  for (let i = 0; i < mentees; i += 1) {
    const id = `s${i}`;
    ids.push(id);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, mentors)) chosen.add(Math.floor(random() * mentors));
    candidates.set(
      id,
      [...chosen].map((j) => ({ mentorId: `m${j}`, score: Math.round(random() * 1000) / 10 })),
    );
  }
  return { mentees: ids, freePlaces, candidates };
}

describe('optimal assignment', () => {
  it('beats greedy where taking the best pair first blocks a better whole', () => {
    // Greedy gives A to s1 (90) and leaves s2 with nobody; optimal gives s1 B (80) and s2 A (85).
    const instance = problem({ A: 1, B: 1 }, { s1: { A: 90, B: 80 }, s2: { A: 85 } });
    expect(pairsOf(greedyAssignment(instance))).toEqual(['s1→A']);
    const optimal = optimalAssignment(instance);
    expect(pairsOf(optimal)).toEqual(['s1→B', 's2→A']);
    expect(optimal.totalScore).toBe(165);
    expect(optimal.coverage).toBe(1);
    expect(optimal.averageScore).toBe(82.5);
  });

  it('leaves a mentee unassigned rather than moving another to a much worse mentor', () => {
    // Placing s2 (5) would push s1 from A (90) to B (10): 15 in all instead of 90.
    const instance = problem({ A: 1, B: 1 }, { s1: { A: 90, B: 10 }, s2: { A: 5 } });
    const optimal = optimalAssignment(instance);
    expect(pairsOf(optimal)).toEqual(['s1→A']);
    expect(optimal.totalScore).toBe(90);
  });

  it('never gives a mentor more mentees than free places', () => {
    const instance = problem(
      { A: 2, B: 1 },
      { s1: { A: 90 }, s2: { A: 80 }, s3: { A: 70, B: 20 }, s4: { A: 95 } },
    );
    const optimal = optimalAssignment(instance);
    expectValid(instance, optimal);
    expect(loadsOf(optimal)).toEqual(
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
    );
    expect(pairsOf(optimal)).toEqual(['s1→A', 's3→B', 's4→A']);
    expect(optimal.unassigned).toEqual(['s2']);
    expect(optimal.coverage).toBe(0.75);
  });

  it('keeps locked pairs as they are and counts their places as taken', () => {
    const instance = problem(
      { A: 1, B: 1 },
      { s1: { A: 90, B: 80 }, s2: { A: 85, B: 10 } },
      { locked: [{ menteeId: 's1', mentorId: 'A', score: 90 }] },
    );
    const optimal = optimalAssignment(instance);
    expect(pairsOf(optimal)).toEqual(['s1→A', 's2→B']);
    expect(optimal.pairs.find((pair) => pair.menteeId === 's1')!.locked).toBe(true);
    expect(optimal.totalScore).toBe(100);
    expect(pairsOf(greedyAssignment(instance))).toEqual(['s1→A', 's2→B']);
  });

  it('never proposes a removed pair again', () => {
    const instance = problem(
      { A: 1, B: 1 },
      { s1: { A: 90, B: 80 }, s2: { A: 85 } },
      { removed: [{ menteeId: 's2', mentorId: 'A' }] },
    );
    expect(pairsOf(optimalAssignment(instance))).toEqual(['s1→A']);
    expect(pairsOf(greedyAssignment(instance))).toEqual(['s1→A']);
  });

  it('refuses locks that cannot hold', () => {
    const base = { s1: { A: 90 }, s2: { A: 80 } };
    const lock = (menteeId: string, mentorId = 'A') => ({ menteeId, mentorId, score: 50 });
    expect(() => optimalAssignment(problem({ A: 1 }, base, { locked: [lock('s1'), lock('s2')] }))).toThrow(
      /more locked pairs than free places/,
    );
    expect(() => optimalAssignment(problem({ A: 2 }, base, { locked: [lock('s1'), lock('s1')] }))).toThrow(
      /locked twice/,
    );
    expect(() => optimalAssignment(problem({ A: 2 }, base, { locked: [lock('s1', 'Z')] }))).toThrow(
      /not in the cycle/,
    );
    expect(() => optimalAssignment(problem({ A: 2 }, base, { locked: [lock('nobody')] }))).toThrow(
      /not in the cycle/,
    );
  });

  it('handles an empty cycle and mentees without candidates', () => {
    expect(optimalAssignment(problem({}, {}))).toMatchObject({
      pairs: [],
      coverage: 1,
      totalScore: 0,
      averageScore: 0,
    });
    const lonely = optimalAssignment(problem({ A: 1 }, { s1: {} }));
    expect(lonely).toMatchObject({ pairs: [], unassigned: ['s1'], coverage: 0 });
  });

  it('equals brute force on small random instances', () => {
    for (let seed = 1; seed <= 150; seed += 1) {
      const instance = randomProblem(seed, 2 + (seed % 6), 1 + (seed % 4), 3);
      const optimal = optimalAssignment(instance);
      expectValid(instance, optimal);
      expect([seed, optimal.totalScore]).toEqual([seed, bruteForceBest(instance)]);
    }
  });

  it('is at least as good as greedy on larger random instances, and valid', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const instance = randomProblem(1000 + seed, 300, 120, 8);
      const optimal = optimalAssignment(instance);
      const greedy = greedyAssignment(instance);
      expectValid(instance, optimal);
      expectValid(instance, greedy);
      expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
    }
  });

  it('with locks, equals brute force over the rest', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const instance = randomProblem(5000 + seed, 6, 3, 3);
      const [firstMentee] = instance.mentees;
      const firstEdge = instance.candidates.get(firstMentee!)![0]!;
      const locked = [{ menteeId: firstMentee!, mentorId: firstEdge.mentorId, score: firstEdge.score }];
      const withLock = optimalAssignment({ ...instance, locked });
      expectValid(instance, withLock);
      const rest: AssignmentProblem = {
        mentees: instance.mentees.slice(1),
        freePlaces: new Map(
          [...instance.freePlaces].map(([id, places]) => [
            id,
            id === firstEdge.mentorId ? places - 1 : places,
          ]),
        ),
        candidates: instance.candidates,
      };
      expect(withLock.totalScore).toBeCloseTo(firstEdge.score + bruteForceBest(rest), 6);
    }
  });
});
