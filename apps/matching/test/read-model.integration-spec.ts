import { randomUUID } from 'node:crypto';
import { MENTORSHIP_ENDED, Role } from '@passerelle/contracts';
import { ReadModelConsumer } from '../src/members/read-model-consumer.js';
import { startMatchingHarness, type MatchingHarness } from './matching-harness.js';
import { aProfileUpdated, ProfilesEventsPublisher, ReadModelFeed } from './profiles-events.js';

interface MemberRow {
  account_id: string;
  role: string;
  display_name: string;
  skill_ids: string[];
  job_title: string | null;
  target_roles: string[];
  graduation_year: number | null;
  capacity: number;
  places_taken: number;
  approval: string;
  available_to_mentor: boolean;
  changed_at: Date;
}

describe('the members read model, fed by the profiles events', () => {
  let harness: MatchingHarness;
  let profiles: ProfilesEventsPublisher;
  let feed: ReadModelFeed;

  beforeAll(async () => {
    harness = await startMatchingHarness();
    profiles = await ProfilesEventsPublisher.connect(harness.nats.url);
    feed = new ReadModelFeed(profiles, () => harness.service.get(ReadModelConsumer).stats);
  });

  afterAll(async () => {
    await profiles.close();
    await harness.stop();
  });

  /** Waits until the consumer has handled `count` more events. */
  const settle = (count = 1): Promise<void> => feed.settle(count);
  const member = async (accountId: string): Promise<MemberRow | undefined> =>
    (await harness.sql<MemberRow>('SELECT * FROM matching.members WHERE account_id = $1', [accountId]))[0];

  it('copies an alumnus’s facts, with the capacity they chose', async () => {
    const event = aProfileUpdated({ role: Role.Alumnus, capacity: 3 });
    await profiles.profileUpdated(event);
    await settle();
    expect(await member(event.accountId)).toMatchObject({
      role: 'alumnus',
      display_name: 'Julien Moreau',
      skill_ids: ['sql', 'power-bi', 'data-analysis'],
      job_title: 'Data analyst',
      graduation_year: 2012,
      capacity: 3,
      places_taken: 0,
      approval: 'none',
      available_to_mentor: false,
    });
  });

  it('gives a student one place, for mentoring an alumnus back', async () => {
    const event = aProfileUpdated({ role: Role.Student });
    await profiles.profileUpdated(event);
    await settle();
    expect(await member(event.accountId)).toMatchObject({
      role: 'student',
      target_roles: ['Data analyst'],
      capacity: 1,
      offers_reverse_mentoring: false,
      reverse_mentoring_offer: [],
    });
  });

  it('keeps apart what a member offers to teach back and what an alumnus wants to learn', async () => {
    const student = aProfileUpdated({
      role: Role.Student,
      offersReverseMentoring: true,
      reverseMentoringOffer: ['ai-tools', 'social-networks'],
    });
    const alumnus = aProfileUpdated({
      role: Role.Alumnus,
      openToReverseMentoring: true,
      reverseMentoringTopics: ['new-technologies'],
    });
    await profiles.profileUpdated(student);
    await profiles.profileUpdated(alumnus);
    await settle(2);
    expect(await member(student.accountId)).toMatchObject({
      offers_reverse_mentoring: true,
      reverse_mentoring_offer: ['ai-tools', 'social-networks'],
      open_to_reverse_mentoring: false,
      reverse_mentoring_topics: [],
    });
    expect(await member(alumnus.accountId)).toMatchObject({
      offers_reverse_mentoring: false,
      reverse_mentoring_offer: [],
      open_to_reverse_mentoring: true,
      reverse_mentoring_topics: ['new-technologies'],
    });

    await profiles.profileUpdated({
      ...student,
      reverseMentoringOffer: ['ai-tools'],
      updatedAt: new Date(Date.parse(student.updatedAt) + 1000).toISOString(),
    });
    await settle();
    expect(await member(student.accountId)).toMatchObject({ reverse_mentoring_offer: ['ai-tools'] });
  });

  it('ignores staff accounts', async () => {
    const event = aProfileUpdated({ role: Role.Staff });
    await profiles.profileUpdated(event);
    await settle();
    expect(await member(event.accountId)).toBeUndefined();
  });

  it('changes nothing when the same event comes again, even under another id', async () => {
    const event = aProfileUpdated();
    await profiles.profileUpdated(event);
    await settle();
    const first = await member(event.accountId);
    // A copy republished after JetStream's duplicate window carries a new Nats-Msg-Id.
    await profiles.profileUpdated(event);
    await settle();
    expect(await member(event.accountId)).toEqual(first);
  });

  it('keeps the newer facts when an older event arrives late, and keeps the places taken', async () => {
    const accountId = randomUUID();
    const newer = aProfileUpdated({ accountId, jobTitle: 'Head of data', updatedAt: '2030-01-02T00:00:00Z' });
    await profiles.profileUpdated(newer);
    await settle();
    await harness.sql('UPDATE matching.members SET places_taken = 2 WHERE account_id = $1', [accountId]);
    const older = aProfileUpdated({ accountId, jobTitle: 'Data analyst', updatedAt: '2030-01-01T00:00:00Z' });
    await profiles.profileUpdated(older);
    await settle();
    expect(await member(accountId)).toMatchObject({ job_title: 'Head of data', places_taken: 2 });

    const newest = aProfileUpdated({
      accountId,
      jobTitle: 'Chief data officer',
      updatedAt: '2030-01-03T00:00:00Z',
    });
    await profiles.profileUpdated(newest);
    await settle();
    expect(await member(accountId)).toMatchObject({ job_title: 'Chief data officer', places_taken: 2 });
  });

  it('follows the mentor standing: approved and available at the same instant, a late older event ignored', async () => {
    const event = aProfileUpdated();
    await profiles.profileUpdated(event);
    const approvedAt = new Date();
    await profiles.mentorStatus(event.accountId, 'approved', approvedAt);
    await profiles.mentorStatus(event.accountId, 'available', approvedAt);
    await settle(3);
    expect(await member(event.accountId)).toMatchObject({ approval: 'approved', available_to_mentor: true });

    await profiles.mentorStatus(event.accountId, 'unavailable', new Date(approvedAt.getTime() - 60_000));
    await settle();
    expect(await member(event.accountId)).toMatchObject({ available_to_mentor: true });

    await profiles.mentorStatus(event.accountId, 'suspended', new Date(approvedAt.getTime() + 60_000));
    await settle();
    expect(await member(event.accountId)).toMatchObject({
      approval: 'suspended',
      available_to_mentor: false,
    });
  });

  it('keeps a standing announced before the profile, and fills the facts in when they come', async () => {
    const event = aProfileUpdated();
    await profiles.mentorStatus(event.accountId, 'approved');
    await settle();
    expect(await member(event.accountId)).toMatchObject({ approval: 'approved', display_name: '' });
    await profiles.profileUpdated(event);
    await settle();
    expect(await member(event.accountId)).toMatchObject({
      approval: 'approved',
      display_name: 'Julien Moreau',
    });
  });

  it('bumps changed_at on every change, so the suggestion index sees it', async () => {
    const event = aProfileUpdated();
    await profiles.profileUpdated(event);
    await settle();
    const before = (await member(event.accountId))!.changed_at;
    await profiles.mentorStatus(event.accountId, 'approved');
    await settle();
    expect((await member(event.accountId))!.changed_at.getTime()).toBeGreaterThan(before.getTime());
  });

  describe('an erased account', () => {
    it('is removed from the members, and its mentorships keep ids only', async () => {
      const mentor = aProfileUpdated({ role: Role.Alumnus });
      const mentee = aProfileUpdated({ role: Role.Student });
      const other = aProfileUpdated({ role: Role.Student });
      await profiles.profileUpdated(mentor);
      await profiles.profileUpdated(mentee);
      await profiles.profileUpdated(other);
      await settle(3);
      const [programme] = await harness.sql<{ id: string }>(
        `SELECT id FROM matching.programmes WHERE code = 'mentorat'`,
      );
      const insertMentorship = async (menteeId: string, status: string, endNote: string | null) =>
        (
          await harness.sql<{ id: string }>(
            `INSERT INTO matching.mentorships
               (programme_id, mode, origin, mentor_id, mentee_id, status, meeting_minutes_per_month, duration_months, end_note)
             VALUES ($1, 'classic', 'request', $2, $3, $4, 60, 6, $5) RETURNING id`,
            [programme!.id, mentor.accountId, menteeId, status, endNote],
          )
        )[0]!.id;
      const open = await insertMentorship(mentee.accountId, 'active', null);
      const ended = await insertMentorship(mentee.accountId, 'ended', 'Léa a trouvé un poste chez Axa');
      const othersMentorship = await insertMentorship(other.accountId, 'active', null);
      await harness.sql('UPDATE matching.members SET places_taken = 2 WHERE account_id = $1', [
        mentor.accountId,
      ]);

      await profiles.accountErased(mentee.accountId);
      await settle();

      expect(await member(mentee.accountId)).toBeUndefined();
      const rows = await harness.sql<{
        id: string;
        status: string;
        end_reason: string;
        end_note: string | null;
      }>(
        `SELECT id, status, end_reason, end_note FROM matching.mentorships WHERE mentor_id = $1 ORDER BY id`,
        [mentor.accountId],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(open)).toMatchObject({ status: 'ended', end_reason: 'no-longer-available' });
      expect(byId.get(ended)).toMatchObject({ end_note: null });
      expect(byId.get(othersMentorship)).toMatchObject({ status: 'active' });
      expect(await member(mentor.accountId)).toMatchObject({ places_taken: 1 });
      const announced = await harness.sql<{ payload: { mentorshipId: string; reason: string } }>(
        `SELECT payload FROM matching.outbox WHERE subject = $1`,
        [MENTORSHIP_ENDED],
      );
      expect(announced.map((row) => row.payload)).toEqual([
        expect.objectContaining({ mentorshipId: open, reason: 'no-longer-available' }),
      ]);

      // Erased twice (a copy of the event): nothing more happens.
      await profiles.accountErased(mentee.accountId);
      await settle();
      expect(await member(mentor.accountId)).toMatchObject({ places_taken: 1 });
    });
  });
});
