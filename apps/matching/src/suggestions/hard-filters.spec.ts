import { aMentee, aMentor } from './facts.fixtures.js';
import { NO_HISTORY, type MenteeFacts } from './facts.js';
import { exclusionOf } from './hard-filters.js';
import { prepareMentee, WeekCalendar } from './scoring.js';

const calendar = new WeekCalendar('2026-05-04');
const parisStudent = aMentee({ languages: ['fr', 'en'], timeZone: 'Europe/Paris', maxTimeZoneGapHours: 3 });
const exclusion = (mentor = aMentor(), mentee: MenteeFacts = parisStudent, history = NO_HISTORY) =>
  exclusionOf(prepareMentee(mentee, calendar), mentor, history);

describe('hard filters', () => {
  it('let through an available mentor with a free place, a shared language and a close time zone', () => {
    expect(exclusion(aMentor({ id: 'ok', languages: ['en'], timeZone: 'Africa/Dakar' }))).toBeNull();
  });

  it('leave out a mentor who is not available', () => {
    expect(exclusion(aMentor({ available: false }))).toEqual({ code: 'not-available' });
  });

  it('leave out a mentor with no free place', () => {
    expect(exclusion(aMentor({ capacity: 2, activeMentees: 2 }))).toEqual({
      code: 'no-free-capacity',
      capacity: 2,
    });
    expect(exclusion(aMentor({ capacity: 0, activeMentees: 0 }))).toEqual({
      code: 'no-free-capacity',
      capacity: 0,
    });
  });

  it('leave out a mentor the mentee is already paired with, or who declined the mentee before', () => {
    const history = { pairedWith: new Set(['m-paired']), declinedBy: new Set(['m-declined']) };
    expect(exclusion(aMentor({ id: 'm-paired' }), parisStudent, history)).toEqual({ code: 'already-paired' });
    expect(exclusion(aMentor({ id: 'm-declined' }), parisStudent, history)).toEqual({
      code: 'declined-before',
    });
    expect(exclusion(aMentor({ id: 'm-other' }), parisStudent, history)).toBeNull();
  });

  it('leave out a mentor with no language in common', () => {
    expect(exclusion(aMentor({ languages: ['de', 'it'] }))).toEqual({ code: 'no-shared-language' });
  });

  it('leave out a mentor further away than the mentee accepts, reading the gap for the week', () => {
    // Paris (UTC+2 in May) and Montréal (UTC−4): 6 h.
    expect(exclusion(aMentor({ timeZone: 'America/Montreal' }))).toEqual({
      code: 'time-zone-gap',
      hours: 6,
      limitHours: 3,
    });
    expect(
      exclusion(aMentor({ timeZone: 'America/Montreal' }), { ...parisStudent, maxTimeZoneGapHours: 6 }),
    ).toBeNull();
    expect(
      exclusion(aMentor({ timeZone: 'Asia/Tokyo' }), { ...parisStudent, maxTimeZoneGapHours: null }),
    ).toBeNull();
  });
});
