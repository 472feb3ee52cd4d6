import {
  isRecentGraduate,
  JOB_SEARCH_STAGES,
  MEETING_FORMATS,
  MENTORING_TOPICS,
  REVERSE_MENTORING_TOPICS,
  SECTORS,
  type CountryCode,
  type JobSearchStage,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type ReverseMentoringTopic,
  type Sector,
} from '@passerelle/contracts';
import {
  BIO_ENDINGS,
  BIO_OPENINGS,
  CITIES,
  NAME_POOLS,
  PROGRAMMES,
  SECTOR_PROFILES,
  STUDENT_EXPECTATIONS,
  STUDENT_GAPS,
  STUDENT_STRENGTHS,
  TARGET_ROLES_BY_SECTOR,
  TRANSVERSAL_SKILLS,
  type DemoCity,
} from './demo-world.js';
import { SeededRandom } from './seeded-random.js';

/**
 * Where a generated mentor stands in onboarding. Onboarding owns the real
 * status; the demo loader turns this into its rows when they exist.
 */
export type DemoMentorStanding = 'pending' | 'available' | 'unavailable' | 'suspended';

export interface DemoSlot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

interface DemoPerson {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  locale: 'fr' | 'en';
  city: string;
  country: CountryCode;
  languages: LanguageCode[];
  lastActiveAt: Date | null;
  createdAt: Date;
  availability: DemoSlot[];
}

export interface DemoAlumnus extends DemoPerson {
  graduationYear: number;
  programme: string;
  employer: string;
  jobTitle: string;
  sector: Sector;
  yearsOfExperience: number;
  bio: string;
  skillIds: string[];
  topics: MentoringTopic[];
  formats: MeetingFormat[];
  capacity: number;
  /** Mentees currently followed; equal to capacity for a mentor who is full. */
  activeMentees: number;
  /** Null for most: nobody knows until matching has seen the mentor answer requests. */
  medianResponseHours: number | null;
  /** Wants a student to mentor them back, on these topics. */
  openToReverseMentoring: boolean;
  reverseMentoringTopics: ReverseMentoringTopic[];
  /** Recent graduates only: offers to mentor an alumnus back, on these topics. */
  offersReverseMentoring: boolean;
  reverseMentoringOffer: ReverseMentoringTopic[];
  standing: DemoMentorStanding;
}

export interface DemoStudent extends DemoPerson {
  programme: string;
  expectedGraduationYear: number;
  targetRoles: string[];
  targetSectors: Sector[];
  skillIdsToDevelop: string[];
  preferredFormats: MeetingFormat[];
  jobSearchStage: JobSearchStage;
  strengths: string;
  gaps: string;
  mentorExpectations: string;
  /** Offers to mentor an alumnus on digital topics. */
  offersReverseMentoring: boolean;
  reverseMentoringOffer: ReverseMentoringTopic[];
}

/** A reverse-mentoring offer or wish: on, with one to three topics, this often. */
function reverseMentoringChoice(
  random: SeededRandom,
  probability: number,
): { on: boolean; topics: ReverseMentoringTopic[] } {
  const on = random.chance(probability);
  return { on, topics: on ? random.sample(REVERSE_MENTORING_TOPICS, random.int(1, 3)) : [] };
}

export interface DemoPopulationOptions {
  seed: number;
  /** The instant "last active" and graduation years are counted from. */
  now: Date;
  /** Distinguishes the emails of two populations loaded into one database (the benchmark's). */
  emailDomain?: string;
}

const DAY_MS = 86_400_000;
const DEFAULT_DOMAIN = 'demo.passerelle.org';
const REVERSE_OFFER_STREAM = 7919;

/** A uuid (version 4 layout) drawn from the seeded source, so generated ids are stable too. */
function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((random.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Lower case ASCII for an email's local part: "Léa Le Gall" → "lea.le-gall". */
export function emailLocalPart(first: string, last: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}

function weeklyAvailability(random: SeededRandom): DemoSlot[] {
  const days = random.sample([1, 2, 3, 4, 5, 6], random.int(1, 3)).sort((a, b) => a - b);
  return days.map((weekday) => {
    const evening = weekday <= 5 && random.chance(0.7);
    const start = evening ? random.pick([17, 18, 19]) * 60 : random.pick([9, 10, 14]) * 60;
    return { weekday, startMinute: start, endMinute: start + random.pick([60, 90, 120]) };
  });
}

const cityChoices = CITIES.map((city) => [city, city.weight] as const);

class PersonFactory {
  private readonly usedEmails = new Map<string, number>();

  constructor(
    private readonly random: SeededRandom,
    private readonly options: DemoPopulationOptions,
  ) {}

  person(minDaysInactive: number, maxDaysInactive: number, subdomain: string): DemoPerson {
    const { random } = this;
    const pool = random.weighted(NAME_POOLS);
    const first = random.pick(pool.first);
    const last = random.pick(pool.last);
    const city: DemoCity = random.weighted(cityChoices);
    const languages: LanguageCode[] = ['fr'];
    if (random.chance(0.9)) languages.push('en');
    if (random.chance(0.35)) languages.push(random.pick(pool.languages));
    const now = this.options.now.getTime();
    const daysInactive = random.int(minDaysInactive, maxDaysInactive);
    return {
      id: uuidFrom(random),
      email: this.uniqueEmail(emailLocalPart(first, last), subdomain),
      displayName: `${first} ${last}`,
      timeZone: city.timeZone,
      locale: city.country === 'US' || random.chance(0.08) ? 'en' : 'fr',
      city: city.city,
      country: city.country,
      languages: [...new Set(languages)],
      lastActiveAt: random.chance(0.06)
        ? null
        : new Date(now - daysInactive * DAY_MS - random.int(0, DAY_MS)),
      createdAt: new Date(now - random.int(30, 900) * DAY_MS),
      availability: weeklyAvailability(random),
    };
  }

  private uniqueEmail(local: string, subdomain: string): string {
    const seen = this.usedEmails.get(local) ?? 0;
    this.usedEmails.set(local, seen + 1);
    const domain = this.options.emailDomain ?? DEFAULT_DOMAIN;
    return `${seen === 0 ? local : `${local}.${seen + 1}`}@${subdomain}.${domain}`;
  }
}

function alumnusFrom(person: DemoPerson, random: SeededRandom, offers: SeededRandom, now: Date): DemoAlumnus {
  const sector = random.pick(SECTORS);
  const profile = SECTOR_PROFILES[sector];
  const graduationYear = now.getUTCFullYear() - random.int(1, 30);
  const yearsOfExperience = Math.max(0, now.getUTCFullYear() - graduationYear - random.int(0, 1));
  const employer = random.pick(profile.employers);
  const jobTitle = random.pick(profile.titles);
  const bio = [
    random
      .pick(BIO_OPENINGS)
      .replace('{years}', String(Math.max(2, yearsOfExperience)))
      .replace('{title}', jobTitle.toLowerCase())
      .replace('{employer}', employer)
      .replace('{year}', String(graduationYear)),
    random.pick(BIO_ENDINGS),
  ].join(' ');
  const capacity = random.weighted([
    [1, 2],
    [2, 5],
    [3, 2],
    [4, 1],
  ] as const);
  const standing = random.weighted([
    ['available', 78],
    ['pending', 12],
    ['unavailable', 7],
    ['suspended', 3],
  ] as const);
  // About one available mentor in six is full; the others follow fewer mentees than they could.
  const full = standing === 'available' && random.chance(0.17);
  const activeMentees = standing === 'available' ? (full ? capacity : random.int(0, capacity - 1)) : 0;
  const answered = standing === 'available' && random.chance(0.55);
  const openToReverseMentoring = random.chance(0.3);
  // Some recent graduates offer to mentor back (what they want stays drawn from `random`, as before).
  const offer = reverseMentoringChoice(offers, isRecentGraduate(graduationYear, now) ? 0.4 : 0);
  return {
    ...person,
    graduationYear,
    programme: random.pick(PROGRAMMES),
    employer,
    jobTitle,
    sector,
    yearsOfExperience,
    bio,
    skillIds: [
      ...new Set([
        ...random.sample(profile.skills, random.int(3, 5)),
        ...random.sample(TRANSVERSAL_SKILLS, random.int(1, 3)),
      ]),
    ],
    topics: random.sample(MENTORING_TOPICS, random.int(2, 4)),
    formats: random.sample(MEETING_FORMATS, random.int(1, 3)),
    capacity,
    activeMentees,
    medianResponseHours: answered
      ? random.weighted([
          [random.int(2, 72), 4],
          [random.int(73, 240), 1],
        ] as const)
      : null,
    openToReverseMentoring,
    reverseMentoringTopics: openToReverseMentoring
      ? random.sample(REVERSE_MENTORING_TOPICS, random.int(1, 2))
      : [],
    offersReverseMentoring: offer.on,
    reverseMentoringOffer: offer.topics,
    standing,
  };
}

function studentFrom(person: DemoPerson, random: SeededRandom, offers: SeededRandom, now: Date): DemoStudent {
  const offer = reverseMentoringChoice(offers, 0.25);
  const targetSectors = random.sample(SECTORS, random.int(1, 3));
  const roles = targetSectors.flatMap((sector) => TARGET_ROLES_BY_SECTOR[sector] ?? []);
  const wanted = targetSectors.flatMap((sector) => SECTOR_PROFILES[sector].skills);
  return {
    ...person,
    programme: random.pick(PROGRAMMES.slice(0, 9)),
    expectedGraduationYear: now.getUTCFullYear() + random.int(0, 2),
    targetRoles: random.sample(roles.length > 0 ? roles : ['Chargé·e de mission'], random.int(1, 2)),
    targetSectors,
    skillIdsToDevelop: [
      ...new Set([...random.sample(wanted, random.int(2, 4)), ...random.sample(TRANSVERSAL_SKILLS, 1)]),
    ],
    preferredFormats: random.sample(MEETING_FORMATS, random.int(1, 3)),
    jobSearchStage: random.pick(JOB_SEARCH_STAGES),
    strengths: random.pick(STUDENT_STRENGTHS),
    gaps: random.pick(STUDENT_GAPS),
    mentorExpectations: random.pick(STUDENT_EXPECTATIONS),
    offersReverseMentoring: offer.on,
    reverseMentoringOffer: offer.topics,
  };
}

/** A believable, deterministic demo population: the same options give the same people. */
export function generateDemoPopulation(
  counts: { alumni: number; students: number },
  options: DemoPopulationOptions,
): { alumni: DemoAlumnus[]; students: DemoStudent[] } {
  const random = new SeededRandom(options.seed);
  // Reverse-mentoring offers come from a stream of their own, so adding them left everyone else as they were.
  const offers = new SeededRandom(options.seed + REVERSE_OFFER_STREAM);
  const people = new PersonFactory(random, options);
  const alumni = Array.from({ length: counts.alumni }, () =>
    alumnusFrom(people.person(0, 120, 'alumni'), random, offers, options.now),
  );
  const students = Array.from({ length: counts.students }, () =>
    studentFrom(people.person(0, 30, 'students'), random, offers, options.now),
  );
  return { alumni, students };
}
