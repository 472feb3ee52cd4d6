import { aMentee, aMentor, seededRandom } from './facts.fixtures.js';
import { NO_HISTORY, type MenteeFacts, type MentorFacts, type PairingHistory } from './facts.js';
import { exclusionOf } from './hard-filters.js';
import {
  explainScore,
  normaliseWeights,
  prepareMentee,
  SCORE_PARTS,
  WeekCalendar,
  type NormalisedWeights,
  type Weights,
} from './scoring.js';
import { MentorIndex, TopCandidates, topCandidates, topCandidatesPerMentee } from './top-candidates.js';

const calendar = new WeekCalendar('2026-05-04');
const weights = normaliseWeights();
const SKILLS = [
  'sql',
  'python',
  'excel',
  'power-bi',
  'finance',
  'marketing',
  'sales',
  'java',
  'design',
  'law',
];
const SECTORS = ['banking', 'insurance', 'it-software', 'consulting', 'retail-consumer-goods'];
const TITLES = [
  'Data analyst',
  'Data engineer',
  'Product manager',
  'Sales manager',
  'Chargée d’études',
  'Lawyer',
];
const ZONES = ['Europe/Paris', 'Europe/London', 'Africa/Dakar', 'America/Montreal', 'Africa/Casablanca'];

function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(items[Math.floor(random() * items.length)]!);
  return [...chosen];
}

function randomMentors(seed: number, count: number): MentorFacts[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) =>
    aMentor({
      id: `m${String(index).padStart(4, '0')}`,
      skills: pick(random, SKILLS, 1 + Math.floor(random() * 4)),
      sector: random() < 0.9 ? pick(random, SECTORS, 1)[0]! : null,
      jobTitle: random() < 0.8 ? pick(random, TITLES, 1)[0]! : null,
      topics: pick(random, ['cv-review', 'networking', 'first-job'], 1 + Math.floor(random() * 2)),
      languages: random() < 0.8 ? ['fr', 'en'] : ['en'],
      timeZone: pick(random, ZONES, 1)[0]!,
      availability: [{ weekday: 1 + Math.floor(random() * 5), startMinute: 17 * 60, endMinute: 20 * 60 }],
      capacity: 1 + Math.floor(random() * 3),
      activeMentees: Math.floor(random() * 2),
      available: random() < 0.9,
      medianResponseDays: random() < 0.5 ? null : 1 + Math.floor(random() * 6),
    }),
  );
}

function randomMentee(random: () => number, id: string): MenteeFacts {
  return aMentee({
    id,
    skillsToDevelop: pick(random, SKILLS, 1 + Math.floor(random() * 3)),
    targetSectors: pick(random, SECTORS, 1 + Math.floor(random() * 2)),
    targetRole: random() < 0.8 ? pick(random, TITLES, 1)[0]! : null,
    topics: ['cv-review'],
    languages: random() < 0.7 ? ['fr'] : ['en', 'fr'],
    timeZone: pick(random, ZONES, 1)[0]!,
    availability: [{ weekday: 1 + Math.floor(random() * 5), startMinute: 18 * 60, endMinute: 21 * 60 }],
    maxTimeZoneGapHours: random() < 0.5 ? null : 3,
  });
}

/** The reference: score everyone that passes the filters, sort all, take N. */
function sortEverything(
  mentee: MenteeFacts,
  mentors: MentorFacts[],
  n: number,
  {
    weights: tuned = weights,
    history = NO_HISTORY,
  }: { weights?: NormalisedWeights; history?: PairingHistory } = {},
): string[] {
  const context = prepareMentee(mentee, calendar);
  return mentors
    .filter((mentor) => exclusionOf(context, mentor, history) === null)
    .map((mentor) => ({ id: mentor.id, score: explainScore(context, mentor, tuned).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, n)
    .map((entry) => `${entry.id}:${entry.score}`);
}

describe('TopCandidates (bounded heap)', () => {
  it('keeps the N best of a stream, best first, ties broken by id', () => {
    const top = new TopCandidates(3);
    const random = seededRandom(7);
    const offered = Array.from({ length: 200 }, (_, index) => ({
      mentor: aMentor({ id: `m${String(index).padStart(3, '0')}` }),
      score: Math.floor(random() * 20),
    }));
    offered.forEach((candidate) => top.offer(candidate));
    const expected = [...offered]
      .sort((a, b) => b.score - a.score || (a.mentor.id < b.mentor.id ? -1 : 1))
      .slice(0, 3);
    expect(top.sorted()).toEqual(expected);
    expect(top.floor).toBe(expected[2]!.score);
  });

  it('has no floor until it is full', () => {
    const top = new TopCandidates(2);
    top.offer({ mentor: aMentor(), score: 50 });
    expect(top.floor).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('topCandidates', () => {
  const mentors = randomMentors(11, 600);

  it('returns exactly what scoring and sorting everyone would, for many mentees', () => {
    const random = seededRandom(12);
    for (let i = 0; i < 25; i += 1) {
      const mentee = randomMentee(random, `s${i}`);
      const fast = topCandidates(prepareMentee(mentee, calendar), mentors, { n: 10, weights });
      expect(fast.map((candidate) => `${candidate.mentor.id}:${candidate.score}`)).toEqual(
        sortEverything(mentee, mentors, 10),
      );
    }
  });

  it('never returns an excluded mentor', () => {
    const mentee = aMentee({ languages: ['fr'], maxTimeZoneGapHours: 1 });
    const history = { pairedWith: new Set(['m0001']), declinedBy: new Set(['m0002']) };
    const found = topCandidates(prepareMentee(mentee, calendar), mentors, { n: 50, weights, history });
    const context = prepareMentee(mentee, calendar);
    for (const { mentor } of found) expect(exclusionOf(context, mentor, history)).toBeNull();
    expect(found.map((candidate) => candidate.mentor.id)).not.toContain('m0001');
  });
});

describe('topCandidatesPerMentee (the candidate edges of a cycle)', () => {
  it('finds the same K mentors per mentee as scoring everyone, through the index', () => {
    const mentors = randomMentors(21, 400);
    const index = new MentorIndex(mentors);
    const random = seededRandom(22);
    const mentees = Array.from({ length: 30 }, (_, i) => randomMentee(random, `s${i}`));
    // Mentees sharing no skill or sector with anyone: the role and the topics still count.
    mentees.push(aMentee({ id: 'loner', skillsToDevelop: ['astrophysics'], targetSectors: ['space'] }));
    mentees.push(
      aMentee({
        id: 'role-only',
        skillsToDevelop: ['astrophysics'],
        targetRole: 'Data analyst',
        topics: ['networking'],
      }),
    );
    const perMentee = topCandidatesPerMentee(mentees, index, { k: 8, weights, calendar });
    for (const mentee of mentees) {
      expect(
        perMentee.get(mentee.id)!.map((candidate) => `${candidate.mentor.id}:${candidate.score}`),
      ).toEqual(sortEverything(mentee, mentors, 8));
    }
    expect(perMentee.get('loner')).toHaveLength(8);
  });

  it('still finds a mentor sharing no skill or sector when the role and topics lift it above the related ones', () => {
    const evening = [{ weekday: 2, startMinute: 18 * 60, endMinute: 20 * 60 }];
    const mentee = aMentee({
      skillsToDevelop: ['astrophysics'],
      targetSectors: ['banking'],
      targetRole: 'Data analyst',
      topics: ['networking'],
      availability: evening,
    });
    // Reached through the sector: 15 + languages 10 + time zone 5 + load 5 + answers 2.5 + availability 10 = 47.5.
    const banker = aMentor({ id: 'banker', sector: 'banking', availability: evening });
    // Not reached by the index: role 10 + topics 10 + 10 + 5 + 5 + 5 + 10 = 55.
    const analyst = aMentor({
      id: 'analyst',
      jobTitle: 'Data analyst',
      topics: ['networking'],
      availability: evening,
      medianResponseDays: 1,
    });
    const [best] = new MentorIndex([banker, analyst]).best(prepareMentee(mentee, calendar), {
      n: 1,
      weights,
    });
    expect(best).toEqual({ mentor: analyst, score: 55 });
  });
});

describe('MentorIndex', () => {
  const ids = (candidates: { mentor: MentorFacts; score: number }[]): string[] =>
    candidates.map((candidate) => `${candidate.mentor.id}:${candidate.score}`);

  // Quirks the index must count exactly as the scoring does: a skill listed twice, zones a quarter
  // or half an hour off, free time on other days and in other zones.
  const random = seededRandom(31);
  const mentors = randomMentors(32, 300).map((mentor, i) => ({
    ...mentor,
    skills: i % 17 === 0 ? [...mentor.skills, mentor.skills[0]!] : mentor.skills,
    timeZone: i % 13 === 0 ? 'Asia/Kathmandu' : i % 11 === 0 ? 'Asia/Kolkata' : mentor.timeZone,
    availability: [
      {
        weekday: 1 + Math.floor(random() * 7),
        startMinute: 15 * Math.floor(random() * 80),
        endMinute: 1200 + 15 * Math.floor(random() * 16),
      },
    ],
  }));
  const index = new MentorIndex(mentors);
  const mentees = Array.from({ length: 40 }, (_, i) => ({
    ...randomMentee(random, `s${i}`),
    availability: [
      {
        weekday: 1 + Math.floor(random() * 7),
        startMinute: 17 * 60,
        endMinute: 17 * 60 + 30 * (1 + (i % 6)),
      },
    ],
  }));

  it('gives the same mentors and scores as scoring everyone, whatever the weights', () => {
    for (let round = 0; round < 6; round += 1) {
      const tuned = normaliseWeights(
        Object.fromEntries(
          SCORE_PARTS.map((part) => [part, random() < 0.2 ? 0 : Math.round(random() * 300) / 7]),
        ) as Weights,
      );
      for (const mentee of mentees) {
        const found = index.best(prepareMentee(mentee, calendar), { n: 12, weights: tuned });
        expect(ids(found)).toEqual(sortEverything(mentee, mentors, 12, { weights: tuned }));
      }
    }
  });

  it('leaves out the mentors a mentee was paired with or declined by, and still finds N others', () => {
    const mentee = mentees[0]!;
    const [first, second, third] = index.best(prepareMentee(mentee, calendar), { n: 3, weights });
    const history = {
      pairedWith: new Set([first!.mentor.id]),
      declinedBy: new Set([second!.mentor.id, 'someone-not-indexed']),
    };
    const found = index.best(prepareMentee(mentee, calendar), { n: 10, weights, history });
    expect(ids(found)).toEqual(sortEverything(mentee, mentors, 10, { history }));
    expect(found[0]!.mentor.id).toBe(third!.mentor.id);
    // The history of one search does not stay on the index.
    expect(ids(index.best(prepareMentee(mentee, calendar), { n: 3, weights }))).toEqual(
      ids([first!, second!, third!]),
    );
  });

  it('returns every allowed mentor when fewer than N are', () => {
    const germanSpeakers = mentors
      .slice(0, 4)
      .map((mentor) => ({ ...mentor, languages: ['de'], available: true }));
    const everyone = [...germanSpeakers, ...mentors.slice(4)];
    const mentee = { ...mentees[1]!, languages: ['de'] };
    const found = new MentorIndex(everyone).best(prepareMentee(mentee, calendar), { n: 10, weights });
    expect(ids(found)).toEqual(sortEverything(mentee, everyone, 10));
    expect(found.length).toBeLessThanOrEqual(4);
  });

  it('reads the week of the calendar it is asked with', () => {
    const mentee = mentees[2]!;
    const winter = new WeekCalendar('2026-01-12');
    const fromWinter = index.best(prepareMentee(mentee, winter), { n: 8, weights });
    const fromMay = index.best(prepareMentee(mentee, calendar), { n: 8, weights });
    expect(ids(fromMay)).toEqual(sortEverything(mentee, mentors, 8));
    const context = prepareMentee(mentee, winter);
    expect(fromWinter.map(({ mentor }) => explainScore(context, mentor, weights).score)).toEqual(
      fromWinter.map(({ score }) => score),
    );
  });
});
