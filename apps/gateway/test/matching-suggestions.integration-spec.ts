import { ErrorCode, Role, type ProgrammeList, type SuggestionList } from '@passerelle/contracts';
import { waitUntil } from '@passerelle/testing';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

/** GET /api/v1/matching/suggestions through the gateway, with profiles feeding matching as in production. */
describe('mentor suggestions over HTTP', () => {
  const harness = useGatewayHarness();
  let student: SignedIn;
  let mentor: SignedIn;
  let classic: string;
  let reverse: string;

  const get = (session: SignedIn, url: string) =>
    harness.http({ method: 'GET', url, headers: bearer(session) });
  const suggestions = (session: SignedIn, query: string) =>
    get(session, `/api/v1/matching/suggestions?${query}`);
  const saveProfile = async (session: SignedIn, payload: object) => {
    const response = await harness.http({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: bearer(session),
      payload,
    });
    expect(response.statusCode).toBe(200);
  };

  beforeAll(async () => {
    const programmes = (
      await get(await harness.signUp({ role: 'student' }), '/api/v1/matching/programmes')
    ).json<ProgrammeList>();
    classic = programmes.items.find((programme) => programme.mode === 'classic')!.id;
    reverse = programmes.items.find((programme) => programme.mode === 'reverse')!.id;

    student = await harness.signUp({ role: 'student', displayName: 'Léa Martin' });
    await saveProfile(student, {
      student: { skillIdsToDevelop: ['sql', 'data-analysis'], targetSectors: ['banking'], languages: ['fr'] },
    });
    mentor = await harness.signUp({ role: 'alumnus', displayName: 'Julien Moreau' });
    await saveProfile(mentor, {
      alumnus: { skillIds: ['sql', 'data-analysis'], sector: 'banking', languages: ['fr'] },
    });
    // Approved and available as profiles would announce it (the onboarding steps are profiles' own tests),
    // once the profile reached matching through profiles' outbox and matching's inbox.
    await waitUntil(
      async () =>
        (await harness.sql('SELECT 1 FROM matching.members WHERE account_id = $1', [mentor.accountId]))
          .length > 0,
      'the mentor in matching',
    );
    await harness.sql(
      `UPDATE matching.members SET approval = 'approved', available_to_mentor = true, changed_at = clock_timestamp()
       WHERE account_id = $1`,
      [mentor.accountId],
    );
  });

  it('gives a student their mentors with the reasons in French', async () => {
    let list: SuggestionList | undefined;
    // The index looks for changed rows every 2 s.
    await waitUntil(async () => {
      const response = await suggestions(student, `programmeId=${classic}&locale=fr`);
      list = response.json<SuggestionList>();
      return response.statusCode === 200 && list.items.length > 0;
    }, 'a suggestion');
    expect(list!.items[0]).toMatchObject({
      mentor: { accountId: mentor.accountId, displayName: 'Julien Moreau' },
    });
    expect(list!.items[0]!.reasons.map((reason) => reason.text)).toContain(
      '2 compétences en commun : Analyse de données, SQL',
    );
  });

  it.each([
    ['programmeId', 'programmeId=mentorat'],
    ['limit', `programmeId=${'0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10'}&limit=50`],
    ['maxTimeZoneGapHours', `programmeId=${'0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10'}&maxTimeZoneGapHours=lots`],
    ['sector', `programmeId=${'0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10'}&sector=space-mining`],
    ['locale', `programmeId=${'0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10'}&locale=de`],
  ])('answers 400 naming %s', async (field, query) => {
    const response = await suggestions(student, query);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(response.json().error.details.fields.map((entry: { field: string }) => entry.field)).toContain(
      field,
    );
  });

  it('answers 404 for an unknown programme', async () => {
    const response = await suggestions(student, 'programmeId=0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10');
    expect(response.statusCode).toBe(404);
  });

  it('answers 403 to staff, and to a member on the wrong side of the programme', async () => {
    const staff = await harness.signUpAs(Role.Staff);
    expect((await suggestions(staff, `programmeId=${classic}`)).statusCode).toBe(403);
    expect((await suggestions(mentor, `programmeId=${classic}`)).statusCode).toBe(403);
    expect((await suggestions(student, `programmeId=${reverse}`)).statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const response = await harness.http({
      method: 'GET',
      url: `/api/v1/matching/suggestions?programmeId=${classic}`,
    });
    expect(response.statusCode).toBe(401);
  });
});
