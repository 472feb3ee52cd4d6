import { randomUUID } from 'node:crypto';
import {
  ACCEPT_AGREEMENT,
  ADD_MENTORSHIP_GOAL,
  COMPLETE_MENTORSHIP,
  DECLINE_PROPOSAL,
  END_MENTORSHIP,
  ErrorCode,
  GET_MENTORSHIP,
  LIST_MY_MENTORSHIPS,
  LIST_STALLED_MENTORSHIPS,
  PAUSE_MENTORSHIP,
  RECORD_GOAL_PROGRESS,
  RESUME_MENTORSHIP,
  Role,
  UPDATE_AGREEMENT,
  type MentorshipView,
  type Page,
  type StalledMentorshipView,
} from '@passerelle/contracts';
import type { ActorRef, DomainError } from '@passerelle/nest-common';
import type { DataSource } from 'typeorm';
import { proposeMentorship } from '../src/mentorships/propose-mentorship.js';
import { Programme } from '../src/programmes/programme.entity.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { startMatchingHarness, type MatchingHarness } from './matching-harness.js';

describe('a mentorship, from proposal to its end', () => {
  let harness: MatchingHarness;
  const staff: ActorRef = { userId: randomUUID(), role: Role.Staff };

  beforeAll(async () => {
    harness = await startMatchingHarness();
  });

  afterAll(async () => {
    await harness.stop();
  });

  async function aMember(role: Role, capacity = 2): Promise<ActorRef> {
    const accountId = randomUUID();
    await harness.sql(
      `INSERT INTO matching.members (account_id, role, display_name, time_zone, capacity, approval,
         available_to_mentor, profile_updated_at)
       VALUES ($1, $2, $3, 'Europe/Paris', $4, 'approved', true, now())`,
      [accountId, role, `${role} ${accountId.slice(0, 4)}`, capacity],
    );
    return { userId: accountId, role };
  }

  /** A proposal made the way requests and cycles make them. */
  async function aProposal(): Promise<{ mentor: ActorRef; mentee: ActorRef; id: string }> {
    const mentor = await aMember(Role.Alumnus);
    const mentee = await aMember(Role.Student);
    const dataSource = harness.service.get<DataSource>(DATA_SOURCE);
    const programme = await dataSource.manager.findOneByOrFail(Programme, { code: 'mentorat' });
    const mentorship = await dataSource.transaction((manager) =>
      proposeMentorship(manager, {
        programme,
        mentorId: mentor.userId,
        menteeId: mentee.userId,
        origin: 'request',
      }),
    );
    return { mentor, mentee, id: mentorship.id };
  }

  async function anActiveMentorship(): Promise<{ mentor: ActorRef; mentee: ActorRef; id: string }> {
    const pair = await aProposal();
    await harness.call(ACCEPT_AGREEMENT, { mentorshipId: pair.id }, pair.mentor);
    await harness.call(ACCEPT_AGREEMENT, { mentorshipId: pair.id }, pair.mentee);
    return pair;
  }

  const placesTaken = async (mentor: ActorRef): Promise<number> =>
    (
      await harness.sql<{ places_taken: number }>(
        'SELECT places_taken FROM matching.members WHERE account_id = $1',
        [mentor.userId],
      )
    )[0]!.places_taken;

  const eventsAbout = async (mentorshipId: string): Promise<string[]> =>
    (
      await harness.sql<{ subject: string }>(
        `SELECT subject FROM matching.outbox WHERE payload->>'mentorshipId' = $1 ORDER BY position`,
        [mentorshipId],
      )
    ).map((row) => row.subject);

  const refusal = (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => 'accepted',
      (error) => error,
    );

  it('starts when the second side accepts the agreement, and says so once', async () => {
    const { mentor, mentee, id } = await aProposal();
    const half = await harness.call<MentorshipView>(ACCEPT_AGREEMENT, { mentorshipId: id }, mentor);
    expect(half).toMatchObject({ status: 'proposed', mySide: 'mentor', startedAt: null });
    expect(half.agreement.mentorAcceptedAt).not.toBeNull();

    const started = await harness.call<MentorshipView>(ACCEPT_AGREEMENT, { mentorshipId: id }, mentee);
    expect(started).toMatchObject({ status: 'active', mySide: 'mentee' });
    expect(started.agreement).toMatchObject({ meetingMinutesPerMonth: 60, durationMonths: 6 });
    expect(Date.parse(started.endsOn!) - Date.parse(started.startedAt!)).toBeGreaterThan(180 * 86_400_000);
    expect(await eventsAbout(id)).toEqual(['evt.matching.mentorship.started.v1']);

    await expect(harness.call(ACCEPT_AGREEMENT, { mentorshipId: id }, mentee)).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(await eventsAbout(id)).toEqual(['evt.matching.mentorship.started.v1']);
  });

  it('asks the other side to accept again when one side changes the agreement', async () => {
    const { mentor, mentee, id } = await aProposal();
    await harness.call(ACCEPT_AGREEMENT, { mentorshipId: id }, mentor);
    const changed = await harness.call<MentorshipView>(
      UPDATE_AGREEMENT,
      { mentorshipId: id, meetingMinutesPerMonth: 90 },
      mentee,
    );
    expect(changed.agreement).toMatchObject({ meetingMinutesPerMonth: 90, mentorAcceptedAt: null });
  });

  it('takes an agreement as long as a programme’s defaults may be, and names the field beyond', async () => {
    const { mentee, id } = await aProposal();
    const longest = await harness.call<MentorshipView>(
      UPDATE_AGREEMENT,
      { mentorshipId: id, meetingMinutesPerMonth: 1_440, durationMonths: 36 },
      mentee,
    );
    expect(longest.agreement).toMatchObject({ meetingMinutesPerMonth: 1_440, durationMonths: 36 });
    const beyond = await harness
      .call(UPDATE_AGREEMENT, { mentorshipId: id, durationMonths: 37 }, mentee)
      .catch((error: DomainError) => error);
    expect(beyond).toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
    expect((beyond as DomainError).details).toEqual({
      fields: [
        {
          field: 'durationMonths',
          messages: ['durationMonths must be a whole number of months from 1 to 36'],
        },
      ],
    });
  });

  it('frees the mentor’s place when a proposal is declined, and announces nothing', async () => {
    const { mentor, mentee, id } = await aProposal();
    expect(await placesTaken(mentor)).toBe(1);
    const declined = await harness.call<MentorshipView>(
      DECLINE_PROPOSAL,
      { mentorshipId: id, note: 'Mes horaires ont changé' },
      mentee,
    );
    expect(declined).toMatchObject({ status: 'declined', endNote: 'Mes horaires ont changé' });
    expect(await placesTaken(mentor)).toBe(0);
    expect(await eventsAbout(id)).toEqual([]);
  });

  it('pauses and resumes, keeping the place, then completes and gives it back', async () => {
    const { mentor, mentee, id } = await anActiveMentorship();
    expect((await harness.call<MentorshipView>(PAUSE_MENTORSHIP, { mentorshipId: id }, mentee)).status).toBe(
      'paused',
    );
    expect(await placesTaken(mentor)).toBe(1);
    expect((await harness.call<MentorshipView>(RESUME_MENTORSHIP, { mentorshipId: id }, mentor)).status).toBe(
      'active',
    );
    const done = await harness.call<MentorshipView>(COMPLETE_MENTORSHIP, { mentorshipId: id }, mentor);
    expect(done.status).toBe('completed');
    expect(await placesTaken(mentor)).toBe(0);
    expect(await eventsAbout(id)).toEqual([
      'evt.matching.mentorship.started.v1',
      'evt.matching.mentorship.paused.v1',
      'evt.matching.mentorship.ended.v1',
    ]);
  });

  it('ends early with a reason, keeps the history, and lets the pair be matched again', async () => {
    const { mentor, mentee, id } = await anActiveMentorship();
    const ended = await harness.call<MentorshipView>(
      END_MENTORSHIP,
      { mentorshipId: id, reason: 'found-a-job', note: 'CDI signé !' },
      mentee,
    );
    expect(ended).toMatchObject({ status: 'ended', endReason: 'found-a-job', endNote: 'CDI signé !' });
    expect(await placesTaken(mentor)).toBe(0);
    const [payload] = await harness.sql<{ payload: { outcome: string; reason: string } }>(
      `SELECT payload FROM matching.outbox WHERE subject = 'evt.matching.mentorship.ended.v1' AND payload->>'mentorshipId' = $1`,
      [id],
    );
    expect(payload!.payload).toMatchObject({ outcome: 'ended', reason: 'found-a-job' });

    // A second ending is refused and changes nothing.
    await expect(
      harness.call(END_MENTORSHIP, { mentorshipId: id, reason: 'other' }, mentor),
    ).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await placesTaken(mentor)).toBe(0);

    const dataSource = harness.service.get<DataSource>(DATA_SOURCE);
    const programme = await dataSource.manager.findOneByOrFail(Programme, { code: 'mentorat' });
    await dataSource.transaction((manager) =>
      proposeMentorship(manager, {
        programme,
        mentorId: mentor.userId,
        menteeId: mentee.userId,
        origin: 'request',
      }),
    );
    const mine = await harness.call<Page<MentorshipView>>(LIST_MY_MENTORSHIPS, {}, mentee);
    expect(mine.items.map((item) => item.status)).toEqual(['proposed', 'ended']);
  });

  it('follows goals with progress from either side, newest first', async () => {
    const { mentor, mentee, id } = await anActiveMentorship();
    const withGoal = await harness.call<MentorshipView>(
      ADD_MENTORSHIP_GOAL,
      { mentorshipId: id, goal: { title: 'Décrocher un stage en data', targetDate: '2099-06-30' } },
      mentee,
    );
    const goalId = withGoal.goals[0]!.id;
    await harness.call(
      RECORD_GOAL_PROGRESS,
      { mentorshipId: id, goalId, percent: 30, note: 'CV revu' },
      mentee,
    );
    const view = await harness.call<MentorshipView>(
      RECORD_GOAL_PROGRESS,
      { mentorshipId: id, goalId, percent: 50 },
      mentor,
    );
    expect(view.goals[0]).toMatchObject({ percent: 50 });
    expect(view.goals[0]!.progress.map((update) => [update.percent, update.by])).toEqual([
      [50, 'mentor'],
      [30, 'mentee'],
    ]);
  });

  it('refuses bad progress and goals in the past, naming the field, and changes nothing', async () => {
    const { mentee, id } = await anActiveMentorship();
    await expect(
      harness.call(
        ADD_MENTORSHIP_GOAL,
        { mentorshipId: id, goal: { title: 'Trop tard', targetDate: '2001-01-01' } },
        mentee,
      ),
    ).rejects.toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      message: expect.stringContaining('goal.targetDate'),
    });
    const withGoal = await harness.call<MentorshipView>(
      ADD_MENTORSHIP_GOAL,
      { mentorshipId: id, goal: { title: 'Réseau LinkedIn', targetDate: '2099-01-01' } },
      mentee,
    );
    await expect(
      harness.call(
        RECORD_GOAL_PROGRESS,
        { mentorshipId: id, goalId: withGoal.goals[0]!.id, percent: 120 },
        mentee,
      ),
    ).rejects.toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
    const view = await harness.call<MentorshipView>(GET_MENTORSHIP, { mentorshipId: id }, mentee);
    expect(view.goals).toHaveLength(1);
    expect(view.goals[0]!.progress).toEqual([]);
  });

  it('lets only the pair act, staff read, and nobody else even see it', async () => {
    const { mentee, id } = await aProposal();
    const stranger = await aMember(Role.Student);
    expect(await refusal(harness.call(GET_MENTORSHIP, { mentorshipId: id }, stranger))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(await refusal(harness.call(ACCEPT_AGREEMENT, { mentorshipId: id }, stranger))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(await refusal(harness.call(ACCEPT_AGREEMENT, { mentorshipId: id }, staff))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect((await harness.call<MentorshipView>(GET_MENTORSHIP, { mentorshipId: id }, staff)).mySide).toBe(
      'staff',
    );
    expect(await refusal(harness.call(GET_MENTORSHIP, { mentorshipId: randomUUID() }, mentee))).toMatchObject(
      {
        code: ErrorCode.NOT_FOUND,
      },
    );
    const view = await harness.call<MentorshipView>(GET_MENTORSHIP, { mentorshipId: id }, mentee);
    expect(view.agreement).toMatchObject({ mentorAcceptedAt: null, menteeAcceptedAt: null });
  });

  it('lists for staff the active pairs silent for longer than the programme allows, longest first', async () => {
    const quiet = await anActiveMentorship();
    const quieter = await anActiveMentorship();
    const lively = await anActiveMentorship();
    await harness.sql(
      `UPDATE matching.mentorships SET last_activity_at = now() - interval '30 days' WHERE id = $1`,
      [quiet.id],
    );
    await harness.sql(
      `UPDATE matching.mentorships SET last_activity_at = now() - interval '40 days' WHERE id = $1`,
      [quieter.id],
    );
    const stalled = await harness.call<Page<StalledMentorshipView>>(LIST_STALLED_MENTORSHIPS, {}, staff);
    expect(stalled.items.map((item) => [item.id, item.daysWithoutActivity])).toEqual([
      [quieter.id, 40],
      [quiet.id, 30],
    ]);
    expect(stalled.items.map((item) => item.id)).not.toContain(lively.id);
    expect(await refusal(harness.call(LIST_STALLED_MENTORSHIPS, {}, quiet.mentor))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
  });
});
