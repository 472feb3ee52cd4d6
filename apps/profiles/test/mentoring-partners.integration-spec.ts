import {
  APPROVE_MENTOR,
  ERASE_MY_ACCOUNT,
  GET_PROFILE,
  REGISTER_ACCOUNT,
  SEARCH_DIRECTORY,
  UPDATE_MY_PROFILE,
  type AccountView,
  type DirectoryCard,
  type DirectoryPage,
  type PersonProfileView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { RESPONSE_TIME_SAMPLE } from '../src/mentoring/mentor-response-time.js';
import { aStaffMember, onboardingSteps } from './onboarding-helpers.js';
import { aMentorship, anAnswer, handled, MatchingEventsPublisher } from './matching-events.js';
import { useProfilesHarness } from './profiles-harness.js';

const LINKEDIN = 'https://www.linkedin.com/in/julien-moreau';

describe('profiles follows the matching events', () => {
  const profiles = useProfilesHarness();
  let matching: MatchingEventsPublisher;

  beforeAll(async () => {
    matching = await MatchingEventsPublisher.connect(profiles.nats.url);
  });
  afterAll(async () => {
    await matching.close();
  });

  /** An approved, available mentor with two places and a LinkedIn URL kept for partners (the default). */
  async function aMentor(): Promise<ActorRef> {
    const mentor = await onboardingSteps(profiles).readyMentor();
    await profiles.call(APPROVE_MENTOR, { accountId: mentor.userId }, aStaffMember());
    await profiles.call(UPDATE_MY_PROFILE, { alumnus: { capacity: 2, linkedinUrl: LINKEDIN } }, mentor);
    return mentor;
  }

  /** A student whose job-search stage (the needs assessment) is for mentoring partners, by default. */
  async function aStudent(): Promise<ActorRef & { password: string }> {
    const registration = aRegistration({ role: 'student' });
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
    const student = { userId: account.id, role: account.role, password: registration.password };
    await profiles.call(UPDATE_MY_PROFILE, { student: { jobSearchStage: 'exploring' } }, student);
    return student;
  }

  const profileOf = (ownerId: string, reader: ActorRef) =>
    profiles.call<PersonProfileView>(GET_PROFILE, { accountId: ownerId }, reader);

  const cardOf = async (mentorId: string, reader: ActorRef): Promise<DirectoryCard | undefined> => {
    const page = await profiles.call<DirectoryPage>(SEARCH_DIRECTORY, { pageSize: 100 }, reader);
    return page.items.find((card) => card.accountId === mentorId);
  };

  const activity = async (mentorId: string) =>
    (
      await profiles.sql<{ active_mentees: number; median_response_hours: number | null }>(
        'SELECT active_mentees, median_response_hours FROM profiles.mentor_activity WHERE account_id = $1',
        [mentorId],
      )
    )[0];

  it('makes a mentor and mentee partners who see each other’s partner-only fields, and nobody else', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    const stranger = await aStudent();
    expect((await profileOf(mentor.userId, mentee)).alumnus).not.toHaveProperty('linkedinUrl');

    await handled(profiles, await matching.started(aMentorship(mentor.userId, mentee.userId)));

    expect((await profileOf(mentor.userId, mentee)).alumnus?.linkedinUrl).toBe(LINKEDIN);
    expect((await profileOf(mentee.userId, mentor)).student?.jobSearchStage).toBe('exploring');
    expect((await profileOf(mentor.userId, stranger)).alumnus).not.toHaveProperty('linkedinUrl');
    expect((await profileOf(mentee.userId, stranger)).student).not.toHaveProperty('jobSearchStage');
  });

  it('counts the mentee on the mentor’s card, keeps partners while paused, and undoes both when it ends', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    const mentorship = aMentorship(mentor.userId, mentee.userId);
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ freePlaces: 2 });

    await handled(profiles, await matching.started(mentorship));
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ freePlaces: 1 });

    await handled(profiles, await matching.paused(mentorship));
    expect((await profileOf(mentor.userId, mentee)).alumnus?.linkedinUrl).toBe(LINKEDIN);
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ freePlaces: 1 });

    await handled(profiles, await matching.ended(mentorship));
    expect((await profileOf(mentor.userId, mentee)).alumnus).not.toHaveProperty('linkedinUrl');
    expect((await profileOf(mentee.userId, mentor)).student).not.toHaveProperty('jobSearchStage');
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ freePlaces: 2 });
    // Kept, closed, for history: a late copy of the start must not reopen it.
    const rows = await profiles.sql<{ ended: boolean }>(
      'SELECT ended_at IS NOT NULL AS ended FROM profiles.mentoring_partnerships WHERE mentorship_id = $1',
      [mentorship.mentorshipId],
    );
    expect(rows).toEqual([{ ended: true }]);
  });

  it('applies a mentorship once, whether its event comes again under the same id or another', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    const mentorship = aMentorship(mentor.userId, mentee.userId);
    const startId = await matching.started(mentorship);
    await handled(profiles, startId);

    await matching.started(mentorship, startId);
    await handled(profiles, await matching.started(mentorship));
    expect(await activity(mentor.userId)).toMatchObject({ active_mentees: 1 });

    await handled(profiles, await matching.ended(mentorship));
    await handled(profiles, await matching.ended(mentorship));
    // Started again after it ended (a copy replayed late): still ended, never below zero.
    await handled(profiles, await matching.started(mentorship));
    expect(await activity(mentor.userId)).toMatchObject({ active_mentees: 0 });
    expect((await profileOf(mentor.userId, mentee)).alumnus).not.toHaveProperty('linkedinUrl');
  });

  it('sets the median response time from answers with the time the request reached the mentor', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ answersWithinAFewDays: null });

    const fast = anAnswer(mentor.userId, mentee.userId, 10);
    await matching.accepted(fast);
    await matching.declined(anAnswer(mentor.userId, mentee.userId, 200));
    await matching.accepted(anAnswer(mentor.userId, mentee.userId, 30));
    // The same answer again under another id, and one that does not say when the request arrived.
    await matching.accepted(fast);
    await handled(
      profiles,
      await matching.accepted({ ...anAnswer(mentor.userId, mentee.userId, 0), sentAt: undefined }),
    );

    expect(await activity(mentor.userId)).toMatchObject({ median_response_hours: 30 });
    expect(await cardOf(mentor.userId, mentee)).toMatchObject({ answersWithinAFewDays: true });
  });

  it('takes the median over the mentor’s latest answers only', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    for (let slow = 0; slow < 5; slow += 1)
      await matching.declined(anAnswer(mentor.userId, mentee.userId, 300));
    let last = '';
    for (let recent = 0; recent < RESPONSE_TIME_SAMPLE; recent += 1) {
      last = await matching.accepted(anAnswer(mentor.userId, mentee.userId, 2));
    }
    await handled(profiles, last);
    expect(await activity(mentor.userId)).toMatchObject({ median_response_hours: 2 });
    const kept = await profiles.sql<{ kept: number }>(
      'SELECT count(*)::int AS kept FROM profiles.mentor_answers WHERE mentor_id = $1',
      [mentor.userId],
    );
    expect(kept).toEqual([{ kept: RESPONSE_TIME_SAMPLE }]);
  });

  it('frees the mentor’s place when the mentee erases their account, and ignores later events about them', async () => {
    const mentor = await aMentor();
    const mentee = await aStudent();
    const mentorship = aMentorship(mentor.userId, mentee.userId);
    await handled(profiles, await matching.started(mentorship));

    await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: mentee.password }, mentee);
    expect(await activity(mentor.userId)).toMatchObject({ active_mentees: 0 });

    await handled(profiles, await matching.ended(mentorship));
    await handled(profiles, await matching.started(aMentorship(mentor.userId, mentee.userId)));
    expect(await activity(mentor.userId)).toMatchObject({ active_mentees: 0 });
    await expect(
      profiles.sql('SELECT 1 FROM profiles.mentoring_partnerships WHERE mentee_id = $1', [mentee.userId]),
    ).resolves.toEqual([]);
  });
});
