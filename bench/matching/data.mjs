// Generated mentors and mentees for the matching benchmark, seeded so every
// run sees the same data. The skew is what an alumni association looks like:
// a few skills and sectors are everywhere (Zipf-like popularity), most people
// live in Europe (mostly France), some in Africa and North America, French
// first with English as the common second language.
import { SECTORS, MENTORING_TOPICS } from '@passerelle/contracts';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws index i of `count` with probability ∝ 1 / (i + 1)^exponent. */
function zipf(count, exponent) {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i += 1) {
    sum += 1 / (i + 1) ** exponent;
    cumulative[i] = sum;
  }
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function distinct(random, draw, count) {
  const chosen = new Set();
  for (let attempts = 0; chosen.size < count && attempts < count * 20; attempts += 1)
    chosen.add(draw(random));
  return [...chosen];
}

function weighted(entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let target = random() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
}

// The size of the skills catalogue profiles seeds.
const SKILL_COUNT = 170;
export const SKILLS = Array.from({ length: SKILL_COUNT }, (_, i) => `skill-${String(i).padStart(3, '0')}`);

const zoneOf = weighted([
  ['Europe/Paris', 55],
  ['Europe/Brussels', 5],
  ['Europe/Zurich', 3],
  ['Europe/London', 5],
  ['Europe/Berlin', 3],
  ['Europe/Madrid', 2],
  ['Europe/Luxembourg', 2],
  ['Africa/Casablanca', 4],
  ['Africa/Dakar', 3],
  ['Africa/Abidjan', 3],
  ['Africa/Tunis', 2],
  ['Africa/Douala', 1],
  ['Africa/Kinshasa', 1],
  ['America/Montreal', 5],
  ['America/New_York', 3],
  ['America/Toronto', 1],
  ['Asia/Singapore', 1],
  ['Asia/Dubai', 1],
]);

const secondLanguageOf = weighted([
  [null, 15],
  ['en', 65],
  ['es', 8],
  ['de', 5],
  ['ar', 7],
]);

const ROLES = ['analyst', 'engineer', 'manager', 'consultant', 'director', 'officer', 'designer', 'lawyer'];
const DOMAINS = [
  'data',
  'risk',
  'product',
  'marketing',
  'finance',
  'software',
  'sales',
  'hr',
  'supply chain',
];

function languages(random, zone) {
  // English first for most of North America outside Québec and for Asia; French first for the rest.
  const englishFirst = zone === 'America/New_York' || zone === 'America/Toronto' || zone.startsWith('Asia/');
  const first = englishFirst && random() < 0.8 ? 'en' : 'fr';
  const second = first === 'en' ? 'fr' : secondLanguageOf(random);
  return second && second !== first ? [first, second] : [first];
}

/** 1–4 weekly slots, mostly weekday evenings, some weekend mornings, in the owner's zone. */
function availability(random) {
  const slots = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i += 1) {
    const weekend = random() < 0.25;
    const weekday = weekend ? 6 + Math.floor(random() * 2) : 1 + Math.floor(random() * 5);
    const start = weekend ? 9 * 60 + Math.floor(random() * 4) * 60 : 12 * 60 + Math.floor(random() * 9) * 60;
    slots.push({ weekday, startMinute: start, endMinute: start + 60 + Math.floor(random() * 3) * 30 });
  }
  return slots;
}

const jobTitle = (random) =>
  `${DOMAINS[Math.floor(random() * DOMAINS.length)]} ${ROLES[Math.floor(random() * ROLES.length)]}`;

/**
 * Supply and demand follow the same popularity, not the same order: the
 * skills mentees most want (data, digital) are among the common ones mentors
 * have, but not at the same ranks, as in real programmes.
 */
const supplySkill = zipf(SKILL_COUNT, 1.0);
const demandSkill = zipf(SKILL_COUNT, 1.1);
const demandToSkill = (() => {
  const random = seededRandom(99);
  const order = SKILLS.map((_, i) => i);
  // Shift each rank by a few places: correlated, not identical.
  const keys = order.map((i) => i + random() * 12);
  return order.sort((a, b) => keys[a] - keys[b]);
})();
const sectorRank = zipf(SECTORS.length, 1.1);

export function generateMentors(count, { seed = 1, cohort = false } = {}) {
  const random = seededRandom(seed);
  const mentors = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const timeZone = zoneOf(random);
    const capacity = 1 + Math.floor(random() * 3);
    mentors[i] = {
      id: `mentor-${i}`,
      skills: distinct(random, supplySkill, 3 + Math.floor(random() * 6)).map((index) => SKILLS[index]),
      sector: random() < 0.95 ? SECTORS[sectorRank(random)] : null,
      jobTitle: jobTitle(random),
      topics: distinct(
        random,
        () => Math.floor(random() * MENTORING_TOPICS.length),
        1 + Math.floor(random() * 4),
      ).map((index) => MENTORING_TOPICS[index]),
      languages: languages(random, timeZone),
      timeZone,
      availability: availability(random),
      capacity,
      // A cycle's mentors are those with free places, most of them empty at the start of a programme.
      activeMentees: cohort
        ? random() < 0.2
          ? Math.floor(random() * capacity)
          : 0
        : Math.floor(random() * (capacity + 1)),
      available: cohort ? true : random() < 0.85,
      medianResponseDays: random() < 0.4 ? null : 0.5 + random() * 8,
    };
  }
  return mentors;
}

export function generateMentees(count, { seed = 2 } = {}) {
  const random = seededRandom(seed);
  const mentees = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const timeZone = zoneOf(random);
    mentees[i] = {
      id: `mentee-${i}`,
      skillsToDevelop: distinct(random, demandSkill, 2 + Math.floor(random() * 4)).map(
        (index) => SKILLS[demandToSkill[index]],
      ),
      targetSectors: distinct(random, sectorRank, 1 + Math.floor(random() * 2)).map(
        (index) => SECTORS[index],
      ),
      targetRole: jobTitle(random),
      topics: distinct(
        random,
        () => Math.floor(random() * MENTORING_TOPICS.length),
        1 + Math.floor(random() * 3),
      ).map((index) => MENTORING_TOPICS[index]),
      languages: languages(random, timeZone),
      timeZone,
      availability: availability(random),
      maxTimeZoneGapHours: random() < 0.3 ? 3 : random() < 0.5 ? 6 : null,
    };
  }
  return mentees;
}
