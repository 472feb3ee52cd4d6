import { ErrorCode, Role, type TrainingModuleView } from '@passerelle/contracts';
// The right answers come from the service's catalogue, as a test oracle (never sent to clients).
import { TRAINING_CATALOGUE } from '@passerelle/profiles';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

describe('mentor onboarding over HTTP', () => {
  const harness = useGatewayHarness();
  let staff: SignedIn;

  beforeAll(async () => {
    staff = await harness.signUpAs(Role.Staff);
  });

  const get = (session: SignedIn, url: string) =>
    harness.http({ method: 'GET', url, headers: bearer(session) });
  const post = (session: SignedIn, url: string, payload: object = {}) =>
    harness.http({ method: 'POST', url, headers: bearer(session), payload });

  /** An alumnus who asked to mentor, accepted the charter and passed every module, through the routes the web app uses. */
  async function onboardedAlumnus(): Promise<SignedIn> {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    expect(
      (await post(alumnus, '/api/v1/me/onboarding/mentor-request', { motivation: 'Aider' })).statusCode,
    ).toBe(200);
    const charter = (await get(alumnus, '/api/v1/charter')).json<{ version: number }>();
    expect(
      (await post(alumnus, '/api/v1/charter/acceptances', { version: charter.version })).statusCode,
    ).toBe(200);
    const modules = (await get(alumnus, '/api/v1/training')).json<{ items: { id: string }[] }>();
    for (const { id } of modules.items) {
      const module = (await get(alumnus, `/api/v1/training/${id}`)).json<TrainingModuleView>();
      const key = TRAINING_CATALOGUE.find((candidate) => candidate.id === id)!;
      const answers = module.questions.map((question) => ({
        questionId: question.id,
        choiceId: key.questions.find((known) => known.id === question.id)!.correctChoiceId,
      }));
      const attempt = await post(alumnus, `/api/v1/training/${id}/attempts`, { answers });
      expect(attempt.statusCode).toBe(200);
      expect(attempt.json()).toMatchObject({ passed: true });
    }
    return alumnus;
  }

  it('takes an alumnus from request to available once staff approve', async () => {
    const alumnus = await onboardedAlumnus();
    expect((await get(alumnus, '/api/v1/me/onboarding')).json()).toMatchObject({
      missing: ['approval'],
      mentorStatus: 'pending',
      available: false,
    });

    const queue = await get(staff, '/api/v1/staff/mentors?status=pending&page=1&pageSize=50');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          accountId: alumnus.accountId,
          charter: expect.objectContaining({ current: true }),
          training: expect.objectContaining({ complete: true }),
        }),
      ]),
    );

    const approved = await post(staff, `/api/v1/staff/mentors/${alumnus.accountId}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', available: true });
    expect((await get(alumnus, '/api/v1/me/onboarding')).json()).toMatchObject({
      missing: [],
      available: true,
    });

    const audit = await get(staff, `/api/v1/audit?subjectId=${alumnus.accountId}&action=mentor.approved`);
    expect(audit.json()).toMatchObject({ total: 1, items: [{ actorId: staff.accountId }] });
  });

  it('a student or an alumnus calling staff routes gets 403 and nothing changes', async () => {
    const candidate = await onboardedAlumnus();
    for (const role of ['student', 'alumnus'] as const) {
      const person = await harness.signUp({ role });
      const attempts = [
        await get(person, '/api/v1/staff/mentors?status=pending'),
        await post(person, `/api/v1/staff/mentors/${candidate.accountId}/approve`),
        await post(person, `/api/v1/staff/mentors/${candidate.accountId}/reject`, { reason: 'Non' }),
        await post(person, `/api/v1/staff/mentors/${candidate.accountId}/suspend`, { reason: 'Non' }),
        await post(person, '/api/v1/staff/charter', { bodyFr: 'x'.repeat(60), bodyEn: 'y'.repeat(60) }),
      ];
      for (const response of attempts) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe(ErrorCode.FORBIDDEN);
      }
    }
    expect((await get(staff, `/api/v1/staff/mentors/${candidate.accountId}`)).json()).toMatchObject({
      status: 'pending',
      decidedAt: null,
    });
    expect((await get(staff, '/api/v1/charter')).json().version).toBe(1);
  });

  it('names what is wrong: a missing reason, a bad id; unknown mentors are 404', async () => {
    const candidate = await onboardedAlumnus();
    const noReason = await post(staff, `/api/v1/staff/mentors/${candidate.accountId}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].field).toBe('reason');
    const badId = await post(staff, '/api/v1/staff/mentors/not-a-uuid/approve');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details.fields[0].field).toBe('accountId');
    const student = await harness.signUp({ role: 'student' });
    expect((await post(staff, `/api/v1/staff/mentors/${student.accountId}/approve`)).statusCode).toBe(404);
    const badStatus = await get(staff, '/api/v1/staff/mentors?status=sleeping');
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().error.details.fields[0].field).toBe('status');
  });

  it('shows staff, and only staff, whether a member accepted the charter', async () => {
    const student = await harness.signUp({ role: 'student' });
    const standingUrl = `/api/v1/staff/people/${student.accountId}/charter`;
    const current = (await get(student, '/api/v1/charter')).json<{ version: number }>();
    expect((await get(staff, standingUrl)).json()).toEqual({
      accountId: student.accountId,
      currentVersion: current.version,
      acceptedVersion: null,
      acceptedAt: null,
      acceptedCurrent: false,
    });

    await post(student, '/api/v1/charter/acceptances', { version: current.version });
    expect((await get(staff, standingUrl)).json()).toMatchObject({
      acceptedVersion: current.version,
      acceptedAt: expect.any(String),
      acceptedCurrent: true,
    });

    const other = await harness.signUp({ role: 'alumnus' });
    expect((await get(other, standingUrl)).statusCode).toBe(403);
    expect((await get(student, standingUrl)).statusCode).toBe(403);
    const unknown = await get(staff, '/api/v1/staff/people/00000000-0000-4000-8000-000000000000/charter');
    expect(unknown.statusCode).toBe(404);
    const badId = await get(staff, '/api/v1/staff/people/nobody/charter');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details.fields[0].field).toBe('accountId');
  });

  it('answers 409 to an old charter version once staff published a new one', async () => {
    const student = await harness.signUp({ role: 'student' });
    const before = (await get(student, '/api/v1/charter')).json<{ version: number }>();
    const published = await post(staff, '/api/v1/staff/charter', {
      bodyFr: '# Charte\n\nConfidentialité, respect, disponibilité : les engagements de chacun.',
      bodyEn: '# Charter\n\nConfidentiality, respect, availability: what everyone commits to.',
    });
    expect(published.statusCode).toBe(201);
    const stale = await post(student, '/api/v1/charter/acceptances', { version: before.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe(ErrorCode.CONFLICT);
  });

  it('a failed quiz shows the score only; quiz answers must be complete', async () => {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    const module = (await get(alumnus, '/api/v1/training/confidentiality')).json<TrainingModuleView>();
    const key = TRAINING_CATALOGUE.find((candidate) => candidate.id === 'confidentiality')!;
    const wrong = module.questions.map((question) => ({
      questionId: question.id,
      choiceId: question.choices.find(
        (choice) => choice.id !== key.questions.find((known) => known.id === question.id)!.correctChoiceId,
      )!.id,
    }));
    const failed = await post(alumnus, '/api/v1/training/confidentiality/attempts', { answers: wrong });
    expect(failed.json()).toMatchObject({ passed: false, correctAnswers: 0, corrections: [] });
    const incomplete = await post(alumnus, '/api/v1/training/confidentiality/attempts', {
      answers: wrong.slice(0, 1),
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details.fields[0].field).toBe('answers');
    expect((await get(alumnus, '/api/v1/training/nope')).statusCode).toBe(404);
  });
});
