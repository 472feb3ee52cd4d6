import {
  ACCEPT_REQUEST,
  ANSWER_REQUEST_INFO,
  ASK_REQUEST_INFO,
  CREATE_REQUEST,
  DECLINE_REQUEST,
  ErrorCode,
  GET_REQUEST,
  LIST_INCOMING_REQUESTS,
  LIST_MY_REQUESTS,
  WITHDRAW_REQUEST,
  type IncomingRequestView,
  type MentoringRequestView,
  type Page,
} from '@passerelle/contracts';
import { RequestExpirySweep } from '../src/requests/request-expiry-sweep.js';
import { failure, useMatchingHarness } from './matching-harness.js';
import { aMentor, aStudent, programmeOf, type TestPerson } from './matching-people.js';

const MESSAGE = 'I would like help to prepare interviews in data analysis.';
const DAY_MS = 86_400_000;

describe('a request’s life: decline, questions, withdrawal, expiry', () => {
  const harness = useMatchingHarness({}, { withProfiles: true });
  let classic: string;

  beforeAll(async () => {
    classic = await programmeOf(harness, 'classic');
  });

  const send = (mentee: TestPerson, mentors: TestPerson[]) =>
    harness.call<MentoringRequestView>(
      CREATE_REQUEST,
      { programmeId: classic, mentorIds: mentors.map((mentor) => mentor.accountId), message: MESSAGE },
      mentee.actor,
    );
  const get = (request: MentoringRequestView, who: TestPerson) =>
    harness.call<MentoringRequestView>(GET_REQUEST, { requestId: request.id }, who.actor);
  const subjectsOf = async (requestId: string) =>
    (
      await harness.sql<{ subject: string; rank: number }>(
        `SELECT subject, (payload->>'rank')::int AS rank FROM matching.outbox
         WHERE payload->>'requestId' = $1 ORDER BY position`,
        [requestId],
      )
    ).map((event) => `${event.subject.split('.')[3]}:${event.rank}`);
  /** Moves the current choice's deadline `days` into the past, as if that much time had gone by. */
  const expireCurrentChoice = (requestId: string) =>
    harness.sql(
      `UPDATE matching.request_choices choice SET expires_at = now() - interval '1 minute'
       FROM matching.requests request
       WHERE request.id = $1 AND choice.request_id = request.id AND choice.rank = request.current_rank`,
      [requestId],
    );
  const sweep = () => harness.service.get(RequestExpirySweep).run();

  it('sends a declined request to the next choice with the reason kept, then ends it declined', async () => {
    const [mentee, first, second] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aMentor(harness),
    ]);
    const request = await send(mentee, [first, second]);

    const declined = await harness.call<MentoringRequestView>(
      DECLINE_REQUEST,
      { requestId: request.id, reason: 'no-time', note: 'Busy until June, sorry.' },
      first.actor,
    );
    expect(declined.status).toBe('pending');
    let seen = await get(request, mentee);
    expect(seen.choices.map((choice) => choice.outcome)).toEqual(['declined', 'waiting']);
    expect(seen.choices[0]).toMatchObject({
      declineReason: 'no-time',
      declineNote: 'Busy until June, sorry.',
    });
    expect(seen.choices[1]!.sentAt).not.toBeNull();
    const incoming = await harness.call<Page<IncomingRequestView>>(LIST_INCOMING_REQUESTS, {}, second.actor);
    expect(incoming.items.map((item) => item.id)).toEqual([request.id]);
    expect(
      (await harness.call<Page<IncomingRequestView>>(LIST_INCOMING_REQUESTS, {}, first.actor)).items,
    ).toEqual([]);

    await harness.call(DECLINE_REQUEST, { requestId: request.id, reason: 'not-my-field' }, second.actor);
    seen = await get(request, mentee);
    expect(seen.status).toBe('declined');
    expect(seen.choices.map((choice) => choice.outcome)).toEqual(['declined', 'declined']);
    expect(await subjectsOf(request.id)).toEqual(['created:1', 'declined:1', 'created:2', 'declined:2']);
    // Closed: the mentee may ask again, the same mentors too.
    await expect(send(mentee, [first])).resolves.toMatchObject({ status: 'pending' });
  });

  it('skips a later choice who stopped taking mentees meanwhile', async () => {
    const [mentee, first, second, third] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aMentor(harness),
      aMentor(harness),
    ]);
    const request = await send(mentee, [first, second, third]);
    await harness.sql(`UPDATE matching.members SET available_to_mentor = false WHERE account_id = $1`, [
      second.accountId,
    ]);

    await harness.call(DECLINE_REQUEST, { requestId: request.id, reason: 'other' }, first.actor);

    const seen = await get(request, mentee);
    expect(seen.choices.map((choice) => choice.outcome)).toEqual(['declined', 'skipped', 'waiting']);
    expect(seen.choices[2]!.sentAt).not.toBeNull();
  });

  it('stops the expiry clock while the mentor’s question waits for the mentee, and gives the time back', async () => {
    const [mentee, mentor] = await Promise.all([aStudent(harness), aMentor(harness)]);
    const request = await send(mentee, [mentor]);
    const asked = await harness.call<MentoringRequestView>(
      ASK_REQUEST_INFO,
      { requestId: request.id, text: 'Which sector do you aim for?' },
      mentor.actor,
    );
    expect(asked.status).toBe('info-requested');
    const second = await failure(
      harness.call(ASK_REQUEST_INFO, { requestId: request.id, text: 'And which city?' }, mentor.actor),
    );
    expect(second.code).toBe(ErrorCode.CONFLICT);

    // Three days go by before the mentee answers; the deadline passed meanwhile but the clock was stopped.
    await harness.sql(
      `UPDATE matching.request_choices SET info_requested_at = info_requested_at - interval '3 days',
         expires_at = now() - interval '1 hour' WHERE request_id = $1`,
      [request.id],
    );
    expect(await sweep()).toBe(0);
    const [before] = await harness.sql<{ expires_at: Date }>(
      `SELECT expires_at FROM matching.request_choices WHERE request_id = $1`,
      [request.id],
    );
    const answered = await harness.call<MentoringRequestView>(
      ANSWER_REQUEST_INFO,
      { requestId: request.id, text: 'Banking, in Lyon or remote.' },
      mentee.actor,
    );

    expect(answered.status).toBe('pending');
    expect(answered.exchanges.map((exchange) => [exchange.from, exchange.text])).toEqual([
      ['mentor', 'Which sector do you aim for?'],
      ['mentee', 'Banking, in Lyon or remote.'],
    ]);
    const pushedBy = Date.parse(answered.choices[0]!.expiresAt!) - before!.expires_at.getTime();
    expect(Math.round(pushedBy / DAY_MS)).toBe(3);
    const again = await failure(
      harness.call(ANSWER_REQUEST_INFO, { requestId: request.id, text: 'Anything else?' }, mentee.actor),
    );
    expect(again.code).toBe(ErrorCode.CONFLICT);
  });

  it('lets only the mentee withdraw an open request; every waiting choice is closed', async () => {
    const [mentee, first, second, stranger] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aMentor(harness),
      aStudent(harness),
    ]);
    const request = await send(mentee, [first, second]);
    for (const someone of [first, stranger]) {
      const error = await failure(harness.call(WITHDRAW_REQUEST, { requestId: request.id }, someone.actor));
      expect(error.code).toBe(ErrorCode.FORBIDDEN);
    }

    const withdrawn = await harness.call<MentoringRequestView>(
      WITHDRAW_REQUEST,
      { requestId: request.id },
      mentee.actor,
    );

    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.choices.map((choice) => choice.outcome)).toEqual(['withdrawn', 'withdrawn']);
    const late = await failure(harness.call(ACCEPT_REQUEST, { requestId: request.id }, first.actor));
    expect(late.code).toBe(ErrorCode.CONFLICT);
    const twice = await failure(harness.call(WITHDRAW_REQUEST, { requestId: request.id }, mentee.actor));
    expect(twice.code).toBe(ErrorCode.CONFLICT);
    expect(
      await harness.sql(`SELECT id FROM matching.mentorships WHERE request_id = $1`, [request.id]),
    ).toEqual([]);
  });

  it('refuses decline, questions and answers from the wrong side with 403, bad reasons with 400', async () => {
    const [mentee, mentor, stranger] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aStudent(harness),
    ]);
    const request = await send(mentee, [mentor]);
    const declineByMentee = await failure(
      harness.call(DECLINE_REQUEST, { requestId: request.id, reason: 'other' }, mentee.actor),
    );
    expect(declineByMentee.code).toBe(ErrorCode.FORBIDDEN);
    const askByStranger = await failure(
      harness.call(ASK_REQUEST_INFO, { requestId: request.id, text: 'Who are you?' }, stranger.actor),
    );
    expect(askByStranger.code).toBe(ErrorCode.FORBIDDEN);
    const answerByMentor = await failure(
      harness.call(ANSWER_REQUEST_INFO, { requestId: request.id, text: 'I answer myself' }, mentor.actor),
    );
    expect(answerByMentor.code).toBe(ErrorCode.FORBIDDEN);
    const badReason = await failure(
      harness.call(DECLINE_REQUEST, { requestId: request.id, reason: 'bored' }, mentor.actor),
    );
    expect(badReason.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(badReason.details?.fields?.[0]?.field).toBe('reason');
    expect((await get(request, mentee)).status).toBe('pending');
  });

  it('moves an unanswered request to the next choice when its time is up, then ends it expired', async () => {
    const [mentee, first, second] = await Promise.all([
      aStudent(harness),
      aMentor(harness),
      aMentor(harness),
    ]);
    const request = await send(mentee, [first, second]);

    await expireCurrentChoice(request.id);
    expect(await sweep()).toBe(1);
    let seen = await get(request, mentee);
    expect(seen.status).toBe('pending');
    expect(seen.choices.map((choice) => choice.outcome)).toEqual(['expired', 'waiting']);
    expect(seen.choices[1]!.sentAt).not.toBeNull();
    expect(await sweep()).toBe(0);

    await expireCurrentChoice(request.id);
    expect(await sweep()).toBe(1);
    seen = await get(request, mentee);
    expect(seen.status).toBe('expired');
    expect(seen.choices.map((choice) => choice.outcome)).toEqual(['expired', 'expired']);
    expect(await subjectsOf(request.id)).toEqual(['created:1', 'expired:1', 'created:2', 'expired:2']);
    const mine = await harness.call<Page<MentoringRequestView>>(
      LIST_MY_REQUESTS,
      { state: 'closed' },
      mentee.actor,
    );
    expect(mine.items.map((item) => [item.id, item.status])).toContainEqual([request.id, 'expired']);
  });

  it('moves each expired request once when two replicas sweep at the same time', async () => {
    const mentees = await Promise.all([aStudent(harness), aStudent(harness), aStudent(harness)]);
    const [first, second] = await Promise.all([
      aMentor(harness, { capacity: 3 }),
      aMentor(harness, { capacity: 3 }),
    ]);
    const requests = await Promise.all(mentees.map((mentee) => send(mentee, [first, second])));
    for (const request of requests) await expireCurrentChoice(request.id);

    const [one, other] = await Promise.all([sweep(), sweep()]);

    expect(one + other).toBe(3);
    for (const request of requests) {
      expect(await subjectsOf(request.id)).toEqual(['created:1', 'expired:1', 'created:2']);
    }
  });

  it('pages the mentee’s requests newest first and filters open and closed ones', async () => {
    const [mentee, mentor] = await Promise.all([aStudent(harness), aMentor(harness, { capacity: 5 })]);
    const first = await send(mentee, [mentor]);
    await harness.call(WITHDRAW_REQUEST, { requestId: first.id }, mentee.actor);
    const second = await send(mentee, [mentor]);

    const page1 = await harness.call<Page<MentoringRequestView>>(
      LIST_MY_REQUESTS,
      { pageSize: 1 },
      mentee.actor,
    );
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page1.items.map((item) => item.id)).toEqual([second.id]);
    const page2 = await harness.call<Page<MentoringRequestView>>(
      LIST_MY_REQUESTS,
      { pageSize: 1, page: 2 },
      mentee.actor,
    );
    expect(page2.items.map((item) => item.id)).toEqual([first.id]);
    const open = await harness.call<Page<MentoringRequestView>>(
      LIST_MY_REQUESTS,
      { state: 'open' },
      mentee.actor,
    );
    expect(open.items.map((item) => item.id)).toEqual([second.id]);
  });
});
