import type { suggestionsFr } from './suggestions.fr';

/** The `suggestions` strings in English; the same keys as French. */
export const suggestionsEn: typeof suggestionsFr = {
  nav: 'Find a mentor',
  title: 'Find a mentor',
  intro: {
    classic:
      'The mentors who fit your profile best, with what brings them close to you. Choose up to three, in order: your request reaches them one after the other.',
    reverse:
      'Students and recent graduates ready to guide you through digital topics. Choose up to three, in order: your request reaches them one after the other.',
  },
  noProgramme: 'No mentoring programme is open to you at the moment.',
  programme: {
    legend: 'Programme',
    reverse: 'Reverse mentoring',
    hint: {
      classic: 'An alumnus guides you in your career plans.',
      reverse: 'A student or recent graduate guides you through digital topics.',
    },
  },
  filters: {
    label: 'Narrow the suggestions',
    sector: 'Sector',
    topic: 'Topic',
    language: 'Language',
    maxTimeZoneGapHours: 'Time difference',
    format: 'Format',
    gap: '{{hours}} h at most',
  },
  list: 'Suggested mentors',
  count_one: '{{count}} suggested mentor',
  count_other: '{{count}} suggested mentors',
  card: {
    score: 'Match: {{score}} out of 100',
    reasons: 'Why this mentor',
    parts: 'Score details',
    points: '{{points}} pts',
    choose: 'Choose {{name}}',
    chosen: 'Choice no. {{rank}}',
  },
  parts: {
    skills: 'Skills',
    sector: 'Sector',
    targetRole: 'Target role',
    topics: 'Topics',
    languages: 'Languages',
    timeZone: 'Time zone',
    load: 'Free places',
    responsiveness: 'Responsiveness',
    availability: 'Shared availability',
  },
  choices: {
    title: 'My choices ({{count}}/{{max}})',
    none: 'Tick up to {{max}} mentors in the list.',
    order: 'Your request goes to the first one first; if they decline or do not answer, to the next.',
    up: 'Move {{name}} up',
    down: 'Move {{name}} down',
    remove: 'Remove {{name}}',
    removeShort: 'Remove',
    message: 'Your message',
    messageHint:
      'Say what you hope for from this mentoring (at least {{min}} characters; {{length}} so far).',
    messageTooShort: 'Write at least {{min}} characters.',
    send: 'Send my request',
    sending: 'Sending…',
  },
  empty: {
    title: 'No mentor fits',
    noFilters: 'No mentor is available at the moment. Come back in a few days.',
    relax: 'Some mentors would fit without one of your filters:',
    without: 'Remove the “{{filter}}” filter',
    relaxSeveral: 'Try removing several filters.',
    profileTitle: 'Complete your profile first',
    profile: 'We need your profile (skills, sectors, languages, availability) to suggest mentors.',
    profileAction: 'Complete my profile',
  },
};
