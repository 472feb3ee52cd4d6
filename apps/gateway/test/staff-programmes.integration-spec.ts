import { DEFAULT_SCORE_WEIGHTS, ErrorCode, Role, type ProgrammeView } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

/** Staff tune a programme's score weights and timings over HTTP; matching keeps and audits them. */
describe('staff programme settings at the gateway', () => {
  const harness = useGatewayHarness();
  let staff: SignedIn;
  let programmeId: string;

  beforeAll(async () => {
    staff = await harness.signUpAs(Role.Staff);
    const list = await harness.http({
      method: 'GET',
      url: '/api/v1/matching/programmes',
      headers: bearer(staff),
    });
    programmeId = list
      .json<{ items: { id: string; code: string }[] }>()
      .items.find((programme) => programme.code === 'mentorat')!.id;
  });

  const url = () => `/api/v1/staff/matching/programmes/${programmeId}`;
  const read = (session: SignedIn = staff, target = url()) =>
    harness.http({ method: 'GET', url: target, headers: bearer(session) });
  const save = (payload: object, session: SignedIn = staff, target = url()) =>
    harness.http({ method: 'PATCH', url: target, headers: bearer(session), payload });
  const fieldsOf = (body: { error: { details: { fields: { field: string }[] } } }) =>
    body.error.details.fields.map((entry) => entry.field);

  it('shows staff the default weights and timings of a programme never tuned', async () => {
    const response = await read();
    expect(response.statusCode).toBe(200);
    expect(response.json<ProgrammeView>()).toMatchObject({
      id: programmeId,
      code: 'mentorat',
      mode: 'classic',
      weights: DEFAULT_SCORE_WEIGHTS,
      usesDefaultWeights: true,
      requestExpiryDays: 7,
      stalledAfterDays: 21,
      meetingMinutesPerMonth: 60,
      durationMonths: 6,
    });
  });

  it('saves the weights and timings staff send and reads them back, audited', async () => {
    const weights = { ...DEFAULT_SCORE_WEIGHTS, skills: 50, load: 0 };
    const response = await save({ weights, requestExpiryDays: 10, durationMonths: 9 });
    expect(response.statusCode).toBe(200);
    expect(response.json<ProgrammeView>()).toMatchObject({ weights, usesDefaultWeights: false });

    const back = (await read()).json<ProgrammeView>();
    expect(back).toMatchObject({
      weights,
      usesDefaultWeights: false,
      requestExpiryDays: 10,
      durationMonths: 9,
      stalledAfterDays: 21,
      meetingMinutesPerMonth: 60,
    });
    const audit = await harness.sql<{ actor_id: string }>(
      "SELECT actor_id FROM matching.audit_entries WHERE action = 'programme.settings-changed' AND object_id = $1",
      [programmeId],
    );
    expect(audit.map((entry) => entry.actor_id)).toEqual([staff.accountId]);
  });

  it('keeps the settings to staff: students and alumni get 403 on both routes', async () => {
    const student = await harness.signUp({ role: 'student' });
    const alumnus = await harness.signUp({ role: 'alumnus' });
    for (const person of [student, alumnus]) {
      for (const response of [await read(person), await save({ durationMonths: 3 }, person)]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe(ErrorCode.FORBIDDEN);
      }
    }
    expect((await read()).json<ProgrammeView>().durationMonths).toBe(9);
  });

  it('answers 404 for an unknown programme and 400 naming programmeId for a malformed one', async () => {
    const unknown = '/api/v1/staff/matching/programmes/0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10';
    for (const response of [await read(staff, unknown), await save({ durationMonths: 3 }, staff, unknown)]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe(ErrorCode.NOT_FOUND);
    }
    const malformed = await read(staff, '/api/v1/staff/matching/programmes/mentorat');
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed.json())).toContain('programmeId');
  });

  it.each([
    ['weights.skills', { weights: { ...DEFAULT_SCORE_WEIGHTS, skills: -5 } }],
    ['weights.sector', { weights: { ...DEFAULT_SCORE_WEIGHTS, sector: 'beaucoup' } }],
    [
      'weights.timeZone',
      {
        weights: Object.fromEntries(
          Object.entries(DEFAULT_SCORE_WEIGHTS).filter(([part]) => part !== 'timeZone'),
        ),
      },
    ],
    ['weights', { weights: Object.fromEntries(Object.keys(DEFAULT_SCORE_WEIGHTS).map((part) => [part, 0])) }],
    ['requestExpiryDays', { requestExpiryDays: 0 }],
    ['meetingMinutesPerMonth', { meetingMinutesPerMonth: 30.5 }],
  ])('refuses settings whose %s is wrong with 400 naming it, and changes nothing', async (field, payload) => {
    const before = (await read()).json<ProgrammeView>();
    const response = await save(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(fieldsOf(response.json())).toEqual([field]);
    expect((await read()).json<ProgrammeView>()).toEqual(before);
  });

  it('documents both routes with their body and reply in OpenAPI', async () => {
    const document = (await harness.http({ method: 'GET', url: '/api/docs/json' })).json();
    const route = document.paths['/api/v1/staff/matching/programmes/{programmeId}'];
    expect(route.get.responses['200'].content['application/json'].schema.$ref).toContain('ProgrammeView');
    expect(route.patch.requestBody.content['application/json'].schema.$ref).toContain(
      'ProgrammeSettingsBody',
    );
    expect(route.patch.responses['400']).toBeDefined();
  });
});
