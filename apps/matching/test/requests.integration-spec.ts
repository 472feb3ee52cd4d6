import {
  ACCEPT_REQUEST,
  CREATE_REQUEST,
  ErrorCode,
  GET_REQUEST,
  LIST_INCOMING_REQUESTS,
  LIST_MY_REQUESTS,
  REQUEST_ACCEPTED,
  REQUEST_CREATED,
  Role,
  type IncomingRequestView,
  type MentoringRequestView,
  type Page,
} from '@passerelle/contracts';
import { failure, useMatchingHarness } from './matching-harness.js';
import { aMentor, aPerson, aStudent, placesOf, programmeOf, type TestPerson } from './matching-people.js';

const MESSAGE = 'I would like help to prepare interviews in data analysis.';

describe('mentoring requests', () => {
  const harness = useMatchingHarness({ LOG_LEVEL: 'error' }, { withProfiles: true });
  let classic: string;

  beforeAll(async () => {
    classic = await programmeOf(harness, 'classic');
  });

  const send = (mentee: TestPerson, mentors: TestPerson[], programmeId = classic) =>
    harness.call<MentoringRequestView>(
      CREATE_REQUEST,
      { programmeId, mentorIds: mentors.map((mentor) => mentor.accountId), message: MESSAGE },
      mentee.actor,
    );

  const eventsOf = (requestId: string) =>
    harness.sql<{ subject: string; mentor_id: string; rank: number }>(
      `SELECT subject, payload->>'mentorId' AS mentor_id, (payload->>'rank')::int AS rank
       FROM matching.outbox WHERE payload->>'requestId' = $1 ORDER BY position`,
      [requestId],
    );

  it('sends a request to the first of three ranked mentors and tells only that one', async () => {
    const [mentee, first, second, third] = await Promise.all([
      aStudent(harness, { displayName: 'Inès Morel' }),
      aMentor(harness, { displayName: 'Claire Martin' }),
      aMentor(harness),
      aMentor(harness),
    ]);
    const request = await send(mentee, [first, second, third]);

    expect(request).toMatchObject({
      status: 'pending',
      mode: 'classic',
      mentee: { accountId: mentee.accountId, displayName: 'Inès Morel' },
      message: MESSAGE,
      mentorshipId: null,
    });
    expect(request.choices.map((choice) => [choice.rank, choice.mentor.accountId, choice.outcome])).toEqual([
      [1, first.accountId, 'waiting'],
      [2, second.accountId, 'waiting'],
      [3, third.accountId, 'waiting'],
    ]);
    const [sentTo, ...later] = request.choices;
    expect(sentTo!.mentor.displayName).toBe('Claire Martin');
    const days = (Date.parse(sentTo!.expiresAt!) - Date.parse(sentTo!.sentAt!)) / 86_400_000;
    expect(days).toBe(7);
    expect(later.every((choice) => choice.sentAt === null && choice.expiresAt === null)).toBe(true);
    expect(await eventsOf(request.id)).toEqual([
      { subject: REQUEST_CREATED, mentor_id: first.accountId, rank: 1 },
    ]);
  });

  it('lets the mentor accept: a proposed mentorship with the mentor’s side of the agreement, one place taken', async () => {
    const [mentee, mentor, second] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aMentor(harness),
    ]);
    const request = await send(mentee, [mentor, second]);

    const incoming = await harness.call<Page<IncomingRequestView>>(
      LIST_INCOMING_REQUESTS,
      { locale: 'en' },
      mentor.actor,
    );
    expect(incoming.items.map((item) => item.id)).toEqual([request.id]);
    expect(incoming.items[0]!.choices.map((choice) => choice.mentor.accountId)).toEqual([mentor.accountId]);
    expect(incoming.items[0]!.match.score).toBeGreaterThanOrEqual(0);
    expect(incoming.items[0]!.match.reasons).toEqual(expect.arrayContaining(['speaks French']));

    const accepted = await harness.call<MentoringRequestView>(
      ACCEPT_REQUEST,
      { requestId: request.id },
      mentor.actor,
    );

    expect(accepted.status).toBe('accepted');
    expect(accepted.mentorshipId).toEqual(expect.any(String));
    const [mentorship] = await harness.sql<{
      status: string;
      origin: string;
      request_id: string;
      mentor_accepted: boolean;
      mentee_accepted: boolean;
    }>(
      `SELECT status, origin, request_id, mentor_accepted_at IS NOT NULL AS mentor_accepted,
         mentee_accepted_at IS NOT NULL AS mentee_accepted
       FROM matching.mentorships WHERE id = $1`,
      [accepted.mentorshipId],
    );
    expect(mentorship).toEqual({
      status: 'proposed',
      origin: 'request',
      request_id: request.id,
      mentor_accepted: true,
      mentee_accepted: false,
    });
    expect(await placesOf(harness, mentor.accountId)).toEqual({ placesTaken: 1, holding: 1 });
    const mine = await harness.call<MentoringRequestView>(
      GET_REQUEST,
      { requestId: request.id },
      mentee.actor,
    );
    expect(mine.choices.map((choice) => choice.outcome)).toEqual(['accepted', 'skipped']);
    expect((await eventsOf(request.id)).map((event) => event.subject)).toEqual([
      REQUEST_CREATED,
      REQUEST_ACCEPTED,
    ]);
    const [member] = await harness.sql<{ median_response_hours: number; active: boolean }>(
      `SELECT median_response_hours, last_active_at IS NOT NULL AS active FROM matching.members WHERE account_id = $1`,
      [mentor.accountId],
    );
    expect(member!.median_response_hours).toBeGreaterThanOrEqual(0);
    expect(member!.active).toBe(true);
  });

  it('answers a second acceptance of the same request with CONFLICT and keeps one mentorship', async () => {
    const [mentee, mentor] = await Promise.all([aStudent(harness), aMentor(harness)]);
    const request = await send(mentee, [mentor]);
    await harness.call(ACCEPT_REQUEST, { requestId: request.id }, mentor.actor);

    const again = await failure(harness.call(ACCEPT_REQUEST, { requestId: request.id }, mentor.actor));

    expect(again.code).toBe(ErrorCode.CONFLICT);
    expect(again.message).toMatch(/no longer open/);
    const rows = await harness.sql(`SELECT id FROM matching.mentorships WHERE request_id = $1`, [request.id]);
    expect(rows).toHaveLength(1);
    expect(await placesOf(harness, mentor.accountId)).toEqual({ placesTaken: 1, holding: 1 });
  });

  it('gives a mentor’s last place to exactly one of two requests accepted at the same moment', async () => {
    const mentor = await aMentor(harness, { capacity: 1 });
    const [first, second] = await Promise.all([aStudent(harness), aStudent(harness)]);
    const requests = [await send(first, [mentor]), await send(second, [mentor])];

    const results = await Promise.allSettled(
      requests.map((request) => harness.call(ACCEPT_REQUEST, { requestId: request.id }, mentor.actor)),
    );

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: ErrorCode.CAPACITY_REACHED });
    const mentorships = await harness.sql(`SELECT id FROM matching.mentorships WHERE mentor_id = $1`, [
      mentor.accountId,
    ]);
    expect(mentorships).toHaveLength(1);
    expect(await placesOf(harness, mentor.accountId)).toEqual({ placesTaken: 1, holding: 1 });
    const statuses = await harness.sql<{ status: string }>(
      `SELECT status FROM matching.requests WHERE id = ANY($1) ORDER BY status`,
      [requests.map((request) => request.id)],
    );
    expect(statuses.map((row) => row.status)).toEqual(['accepted', 'pending']);
  });

  describe('bad input and authorization', () => {
    it('refuses a request to a mentor who is not available with a 409 naming the choice', async () => {
      const [mentee, available, away] = await Promise.all([
        aStudent(harness),
        aMentor(harness),
        aMentor(harness, { displayName: 'Paul Leroy', availableToMentor: false }),
      ]);
      const error = await failure(send(mentee, [available, away]));
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.message).toBe('Choice 2 (Paul Leroy) is not taking mentees at the moment');
      expect(
        await harness.sql(`SELECT id FROM matching.requests WHERE mentee_id = $1`, [mentee.accountId]),
      ).toEqual([]);
    });

    it('refuses a mentor with no free place with CAPACITY_REACHED', async () => {
      const [mentee, full] = await Promise.all([
        aStudent(harness),
        aMentor(harness, { capacity: 1, placesTaken: 1 }),
      ]);
      const error = await failure(send(mentee, [full]));
      expect(error.code).toBe(ErrorCode.CAPACITY_REACHED);
      expect(error.message).toMatch(/^Choice 1 .* has no free place left$/);
    });

    it('refuses a second open request in the same programme', async () => {
      const [mentee, one, other] = await Promise.all([aStudent(harness), aMentor(harness), aMentor(harness)]);
      await send(mentee, [one]);
      const error = await failure(send(mentee, [other]));
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.message).toMatch(/already have an open request in this programme/);
    });

    it('refuses, when both race, one of two first requests sent at the same moment', async () => {
      const [mentee, one, other] = await Promise.all([aStudent(harness), aMentor(harness), aMentor(harness)]);
      const results = await Promise.allSettled([send(mentee, [one]), send(mentee, [other])]);
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const open = await harness.sql(
        `SELECT id FROM matching.requests WHERE mentee_id = $1 AND status IN ('pending', 'info-requested')`,
        [mentee.accountId],
      );
      expect(open).toHaveLength(1);
    });

    it('refuses the same mentor twice, an unknown mentor, oneself and more than three choices with 400 or 404', async () => {
      const [mentee, mentor] = await Promise.all([aStudent(harness), aMentor(harness)]);
      const twice = await failure(send(mentee, [mentor, mentor]));
      expect(twice.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(twice.details?.fields?.[0]?.field).toBe('mentorIds');
      const four = await failure(
        send(mentee, [mentor, await aMentor(harness), await aMentor(harness), await aMentor(harness)]),
      );
      expect(four.code).toBe(ErrorCode.VALIDATION_FAILED);
      const unknown = await failure(
        send(mentee, [{ ...mentor, accountId: '00000000-0000-4000-8000-000000000000' }]),
      );
      expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
      expect(unknown.message).toBe('Choice 1: there is no mentor with this id');
      const self = await failure(send(mentee, [mentee]));
      expect(self.code).toBe(ErrorCode.VALIDATION_FAILED);
      const short = await failure(
        harness.call(
          CREATE_REQUEST,
          { programmeId: classic, mentorIds: [mentor.accountId], message: 'hi' },
          mentee.actor,
        ),
      );
      expect(short.details?.fields?.[0]?.field).toBe('message');
    });

    it('refuses an alumnus asking for a mentor in the classic programme (403) and an unknown programme (404)', async () => {
      const [alumnus, mentor, mentee] = await Promise.all([
        aMentor(harness),
        aMentor(harness),
        aStudent(harness),
      ]);
      expect((await failure(send(alumnus, [mentor]))).code).toBe(ErrorCode.FORBIDDEN);
      const unknown = await failure(send(mentee, [mentor], '00000000-0000-4000-8000-000000000000'));
      expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('refuses a match until both accepted the current charter', async () => {
      const [mentee, mentor, unsigned] = await Promise.all([
        aStudent(harness, { acceptsCharter: false }),
        aMentor(harness),
        aStudent(harness),
      ]);
      const error = await failure(send(mentee, [mentor]));
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.message).toMatch(/accept the current charter/);
      const noCharterMentor = await aMentor(harness, { acceptsCharter: false, displayName: 'Zoé Petit' });
      const refused = await failure(send(unsigned, [noCharterMentor]));
      expect(refused.message).toMatch(/^Choice 1 \(Zoé Petit\) is not taking mentees at the moment/);
    });

    it('lets only the mentor the request is with accept it: the mentee, a later choice and another student get 403', async () => {
      const [mentee, mentor, later, stranger] = await Promise.all([
        aStudent(harness),
        aMentor(harness),
        aMentor(harness),
        aStudent(harness),
      ]);
      const request = await send(mentee, [mentor, later]);
      for (const someone of [mentee, later, stranger]) {
        const error = await failure(harness.call(ACCEPT_REQUEST, { requestId: request.id }, someone.actor));
        expect(error.code).toBe(ErrorCode.FORBIDDEN);
      }
      expect(
        await harness.sql(`SELECT id FROM matching.mentorships WHERE request_id = $1`, [request.id]),
      ).toEqual([]);
      const unknown = await failure(
        harness.call(ACCEPT_REQUEST, { requestId: '00000000-0000-4000-8000-000000000000' }, mentor.actor),
      );
      expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('shows a request to its mentee, staff and the mentor it reached; anyone else gets 403, an unknown id 404', async () => {
      const [mentee, mentor, later, stranger, staff] = await Promise.all([
        aStudent(harness),
        aMentor(harness),
        aMentor(harness),
        aStudent(harness),
        aPerson(harness, Role.Staff),
      ]);
      const request = await send(mentee, [mentor, later]);
      const get = (who: TestPerson) =>
        harness.call<MentoringRequestView>(GET_REQUEST, { requestId: request.id }, who.actor);

      expect((await get(mentee)).choices).toHaveLength(2);
      expect((await get(staff)).choices).toHaveLength(2);
      const asMentor = (await get(mentor)) as IncomingRequestView;
      expect(asMentor.choices.map((choice) => choice.mentor.accountId)).toEqual([mentor.accountId]);
      expect(asMentor.match.reasons.length).toBeGreaterThan(0);
      expect((await failure(get(later))).code).toBe(ErrorCode.FORBIDDEN);
      expect((await failure(get(stranger))).code).toBe(ErrorCode.FORBIDDEN);
      const unknown = await failure(
        harness.call(GET_REQUEST, { requestId: '00000000-0000-4000-8000-000000000000' }, mentee.actor),
      );
      expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
      const mine = await harness.call<Page<MentoringRequestView>>(LIST_MY_REQUESTS, {}, stranger.actor);
      expect(mine.items).toEqual([]);
    });
  });
});
