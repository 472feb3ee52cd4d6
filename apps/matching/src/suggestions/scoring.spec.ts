import { aMentee, aMentor } from './facts.fixtures.js';
import type { MenteeFacts, MentorFacts } from './facts.js';
import {
  DEFAULT_WEIGHTS,
  explainScore,
  normaliseWeights,
  prepareMentee,
  roleWords,
  scoreMentor,
  SCORE_PARTS,
  WeekCalendar,
  type Weights,
} from './scoring.js';

const WEEK = '2026-05-04';
const calendar = new WeekCalendar(WEEK);
const defaults = normaliseWeights();

const explain = (mentee: MenteeFacts, mentor: MentorFacts, weights = defaults) =>
  explainScore(prepareMentee(mentee, calendar), mentor, weights);
const onlyPart = (part: keyof Weights): Weights => ({
  ...(Object.fromEntries(SCORE_PARTS.map((name) => [name, 0])) as Weights),
  [part]: 1,
});

const student = aMentee({
  skillsToDevelop: ['sql', 'power-bi', 'data-analysis', 'python'],
  targetSectors: ['banking', 'insurance'],
  targetRole: 'Data analyst',
  topics: ['cv-review', 'interview-preparation'],
  languages: ['fr', 'en'],
  timeZone: 'Europe/Paris',
  availability: [{ weekday: 2, startMinute: 18 * 60, endMinute: 20 * 60 }],
});

const goodMentor = aMentor({
  id: 'good',
  skills: ['data-analysis', 'excel', 'sql', 'power-bi'],
  sector: 'banking',
  jobTitle: 'Senior Data Analyst',
  topics: ['interview-preparation', 'networking'],
  languages: ['en', 'fr'],
  timeZone: 'Europe/London',
  availability: [{ weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60 }],
  capacity: 3,
  activeMentees: 1,
  medianResponseDays: 2,
});

describe('weights', () => {
  it('sum to 100 points by default, so each default reads as points out of 100', () => {
    expect(SCORE_PARTS.reduce((sum, part) => sum + DEFAULT_WEIGHTS[part], 0)).toBe(100);
  });

  it('are normalised: multiplying them all changes nothing', () => {
    const doubled = Object.fromEntries(
      SCORE_PARTS.map((part) => [part, DEFAULT_WEIGHTS[part] * 2]),
    ) as Weights;
    expect(normaliseWeights(doubled)).toEqual(defaults);
    expect(SCORE_PARTS.reduce((sum, part) => sum + defaults[part], 0)).toBeCloseTo(1, 12);
  });

  it('refuse negative, non-numeric or all-zero weights', () => {
    expect(() => normaliseWeights({ ...DEFAULT_WEIGHTS, skills: -1 })).toThrow(/skills/);
    expect(() => normaliseWeights({ ...DEFAULT_WEIGHTS, sector: Number.NaN })).toThrow(/sector/);
    expect(() => normaliseWeights(onlyPart('skills') && { ...onlyPart('skills'), skills: 0 })).toThrow(
      /at least one/i,
    );
  });

  it('change the ranking when staff tune them', () => {
    const skilled = aMentor({
      id: 'skilled',
      skills: ['sql', 'power-bi', 'data-analysis'],
      languages: ['fr'],
    });
    const sameSector = aMentor({ id: 'sector', sector: 'banking', languages: ['fr'] });
    const bySkills = normaliseWeights({ ...DEFAULT_WEIGHTS, skills: 40, sector: 5 });
    const bySector = normaliseWeights({ ...DEFAULT_WEIGHTS, skills: 5, sector: 40 });
    expect(explain(student, skilled, bySkills).score).toBeGreaterThan(
      explain(student, sameSector, bySkills).score,
    );
    expect(explain(student, sameSector, bySector).score).toBeGreaterThan(
      explain(student, skilled, bySector).score,
    );
  });

  it('make a part count for nothing when set to 0, and for everything when alone', () => {
    expect(explain(student, goodMentor, normaliseWeights(onlyPart('sector'))).score).toBe(100);
    expect(explain(student, aMentor(), normaliseWeights(onlyPart('sector'))).score).toBe(0);
    const noSector = normaliseWeights({ ...DEFAULT_WEIGHTS, sector: 0 });
    expect(explain(student, goodMentor, noSector).reasons.map((reason) => reason.code)).not.toContain(
      'target-sector',
    );
  });
});

describe('the score and its reasons', () => {
  it('is the sum of its parts, between 0 and 100', () => {
    const result = explain(student, goodMentor);
    const sum = result.parts.reduce((total, part) => total + part.points, 0);
    expect(result.score).toBeCloseTo(sum, 1);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.parts.map((part) => part.part)).toEqual([...SCORE_PARTS]);
  });

  it('gives full marks for skills from three skills in common, and names them in the mentee order', () => {
    const skills = explain(student, goodMentor).parts.find((part) => part.part === 'skills')!;
    expect(skills.value).toBe(1);
    expect(skills.points).toBeCloseTo(30, 10);
    expect(skills.reason).toEqual({
      code: 'skills-in-common',
      count: 3,
      items: ['sql', 'power-bi', 'data-analysis'],
    });
    const one = explain(student, aMentor({ skills: ['python'] })).parts.find(
      (part) => part.part === 'skills',
    )!;
    expect(one.value).toBeCloseTo(1 / 3, 10);
  });

  it('explains every part that counted, strongest first', () => {
    expect(explain(student, goodMentor).reasons).toEqual([
      { code: 'skills-in-common', count: 3, items: ['sql', 'power-bi', 'data-analysis'] },
      { code: 'target-sector', sector: 'banking' },
      { code: 'target-role', jobTitle: 'Senior Data Analyst' },
      { code: 'shared-languages', items: ['fr', 'en'] },
      // London 17:00–19:00 is Paris 18:00–20:00.
      { code: 'shared-availability', hours: 2 },
      { code: 'topics-in-common', count: 1, items: ['interview-preparation'] },
      { code: 'time-difference', hours: 1 },
      { code: 'answers-within', days: 2 },
      { code: 'free-places', count: 2 },
    ]);
  });

  it('counts a shared language fully when it is the mentee first one, by half otherwise', () => {
    const languages = (mentor: MentorFacts) =>
      explain(student, mentor).parts.find((part) => part.part === 'languages')!.value;
    expect(languages(aMentor({ languages: ['fr'] }))).toBe(1);
    expect(languages(aMentor({ languages: ['en', 'de'] }))).toBe(0.5);
    expect(languages(aMentor({ languages: ['de'] }))).toBe(0);
  });

  it('reads the time difference for the week, so it changes with daylight saving', () => {
    const montreal = aMentor({ timeZone: 'America/Montreal' });
    const inWeek = (week: string) =>
      explainScore(prepareMentee(student, new WeekCalendar(week)), montreal, defaults).reasons.find(
        (reason) => reason.code === 'time-difference',
      );
    expect(inWeek('2026-03-02')).toEqual({ code: 'time-difference', hours: 6 });
    expect(inWeek('2026-03-16')).toEqual({ code: 'time-difference', hours: 5 });
  });

  it('prefers mentors with free places and quick answers, all else equal', () => {
    const free = aMentor({ id: 'free', capacity: 3, activeMentees: 0, medianResponseDays: 1 });
    const busy = aMentor({ id: 'busy', capacity: 3, activeMentees: 2, medianResponseDays: 6 });
    expect(explain(student, free).score).toBeGreaterThan(explain(student, busy).score);
    expect(explain(student, busy).reasons).toContainEqual({ code: 'free-places', count: 1 });
  });

  it('matches the target role on its words, ignoring case, accents and little words', () => {
    expect(roleWords("Chargée d'études de marché")).toEqual(['chargee', 'etudes', 'marche']);
    const analyst = explain(
      aMentee({ targetRole: 'Chargée d’études' }),
      aMentor({ jobTitle: "CHARGEE D'ETUDES senior" }),
    );
    expect(analyst.parts.find((part) => part.part === 'targetRole')!.value).toBe(1);
  });
});

describe('scoreMentor (the score alone, for long candidate lists)', () => {
  const context = prepareMentee(student, calendar);

  it('gives the same score as the explanation', () => {
    for (const mentor of [goodMentor, aMentor(), aMentor({ skills: ['sql'], sector: 'insurance' })]) {
      expect(scoreMentor(context, mentor, defaults)).toBe(explainScore(context, mentor, defaults).score);
    }
  });

  it('stops early when the mentor cannot reach the floor, but keeps one that can tie it', () => {
    const score = explainScore(context, goodMentor, defaults).score;
    expect(scoreMentor(context, aMentor(), defaults, score)).toBeNull();
    expect(scoreMentor(context, goodMentor, defaults, score)).toBe(score);
  });
});
