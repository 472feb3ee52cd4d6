import type { MenteeFacts, MentorFacts } from './facts.js';

/** A mentor with neutral facts; tests override what they look at. */
export function aMentor(overrides: Partial<MentorFacts> = {}): MentorFacts {
  return {
    id: 'mentor-1',
    skills: [],
    sector: null,
    jobTitle: null,
    topics: [],
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    availability: [],
    capacity: 2,
    activeMentees: 0,
    available: true,
    medianResponseDays: null,
    ...overrides,
  };
}

export function aMentee(overrides: Partial<MenteeFacts> = {}): MenteeFacts {
  return {
    id: 'mentee-1',
    skillsToDevelop: [],
    targetSectors: [],
    targetRole: null,
    topics: [],
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    availability: [],
    maxTimeZoneGapHours: null,
    ...overrides,
  };
}

/** A small deterministic random generator (mulberry32), so failing cases can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
