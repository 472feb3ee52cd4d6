import type { weightsFr } from './weights.fr';

export const weightsEn: typeof weightsFr = {
  nav: 'Score weights',
  title: 'Score weights',
  intro:
    'What counts in a mentor’s match score, and the timings of each programme. Suggestions, new requests and cycles use the saved values.',
  programme: 'Programme',
  notFound: 'This programme does not exist (any more).',
  usesDefaults: 'This programme uses the default weights.',
  weights: {
    legend: 'Weights of the criteria',
    intro:
      'The score adds up the criteria, each weighing its share of the total: only proportions matter (10, 20 and 30 weigh as 1, 2 and 3).',
    share: 'Share of the score: {{share}}',
    noShare: 'Share of the score: —',
    notCounted: 'Not counted in reverse mentoring.',
    total: 'Total: {{total}} points, shared out as shown under each criterion.',
    totalInvalid: 'The shares will show once every weight is a number from 0 to {{max}}.',
    totalZero: 'Give at least one counted criterion a weight above 0.',
    restore: 'Restore the default weights',
    restored: 'Default weights restored in the form: save to apply them.',
  },
  parts: {
    skills: {
      label: 'Skills',
      description: 'The skills the mentee wants to develop that the mentor has.',
    },
    sector: { label: 'Target sector', description: 'The mentor works in one of the target sectors.' },
    targetRole: {
      label: 'Target role',
      description: 'The mentor’s job title has the words of the target role.',
    },
    topics: {
      label: 'Mentoring topics',
      description: 'The topics asked for that the mentor offers.',
    },
    languages: { label: 'Shared language', description: 'A language both speak, the first one above all.' },
    timeZone: { label: 'Time difference', description: 'The fewer hours apart, the more it counts.' },
    load: { label: 'Free places', description: 'The share of the mentor’s places still free.' },
    responsiveness: {
      label: 'Responsiveness',
      description: 'How fast the mentor usually answers requests (median).',
    },
    availability: {
      label: 'Shared availability',
      description: 'Free time in common during the week.',
    },
  },
  timings: {
    legend: 'Timings',
    requestExpiryDays: 'Time to answer (days)',
    requestExpiryDaysHint:
      'Days a mentor has to answer a request; then it moves to the next choice. From {{min}} to {{max}}; requests already sent keep theirs.',
    stalledAfterDays: 'Pair stalled after (days)',
    stalledAfterDaysHint:
      'Days without a session or a message before a pair is listed in “Stalled pairs”. From {{min}} to {{max}}.',
    meetingMinutesPerMonth: 'Meetings per month (minutes)',
    meetingMinutesPerMonthHint:
      'The rhythm the mentorship agreement proposes. From {{min}} to {{max}} minutes.',
    durationMonths: 'Length of a mentorship (months)',
    durationMonthsHint: 'The length the agreement proposes. From {{min}} to {{max}} months.',
  },
  errors: {
    weight: 'Enter a number from 0 to {{max}}.',
    days: 'Enter a whole number of days, from {{min}} to {{max}}.',
    minutes: 'Enter a whole number of minutes, from {{min}} to {{max}}.',
    months: 'Enter a whole number of months, from {{min}} to {{max}}.',
    allZero: 'At least one criterion must weigh more than 0.',
  },
  save: 'Save',
  saving: 'Saving…',
  saved: 'Weights and timings saved.',
};
