import { ErrorCode, Role } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

/** Staff's matching cycles over HTTP: the routes, their statuses and who may call them. */
describe('staff matching cycles at the gateway', () => {
  const harness = useGatewayHarness();
  let staff: SignedIn;
  let programmeId: string;

  beforeAll(async () => {
    staff = await harness.signUpAs(Role.Staff);
    const programmes = await harness.http({
      method: 'GET',
      url: '/api/v1/matching/programmes',
      headers: bearer(staff),
    });
    programmeId = programmes
      .json()
      .items.find((programme: { code: string }) => programme.code === 'mentorat').id;
  });

  const send = (session: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
    harness.http({ method, url, headers: bearer(session), payload });

  it('opens a cycle (201), shows it and its draft, runs it again and publishes it once', async () => {
    const opened = await send(staff, 'POST', '/api/v1/staff/matching/cycles', {
      programmeId,
      cohort: 2031,
      topK: 10,
    });
    expect(opened.statusCode).toBe(201);
    const cycle = opened.json();
    expect(cycle).toMatchObject({ programmeId, cohort: 2031, topK: 10, status: 'draft' });
    expect(cycle.lastRun.pool).toEqual({
      mentees: 0,
      mentors: expect.any(Number),
      freePlaces: expect.any(Number),
    });

    const base = `/api/v1/staff/matching/cycles/${cycle.id}`;
    expect((await send(staff, 'GET', base)).json().id).toBe(cycle.id);
    const entries = await send(staff, 'GET', `${base}/entries?show=unpaired&locale=en`);
    expect(entries.statusCode).toBe(200);
    expect(entries.json()).toMatchObject({ items: [], total: 0, page: 1 });
    expect((await send(staff, 'POST', `${base}/run`)).statusCode).toBe(200);
    const listed = await send(staff, 'GET', `/api/v1/staff/matching/cycles?programmeId=${programmeId}`);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(cycle.id);

    const published = await send(staff, 'POST', `${base}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publication: { proposed: 0, skipped: 0 } });
    const again = await send(staff, 'POST', `${base}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe(ErrorCode.CONFLICT);
  });

  it('answers 400 naming the field, 404 for an unknown cycle, and 403 to students and alumni', async () => {
    const bad = await send(staff, 'POST', '/api/v1/staff/matching/cycles', { programmeId, topK: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((field: { field: string }) => field.field)).toEqual(['topK']);
    const swap = await send(
      staff,
      'POST',
      '/api/v1/staff/matching/cycles/0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10/swaps',
      {
        menteeId: 'someone',
      },
    );
    expect(swap.statusCode).toBe(400);
    const unknown = await send(
      staff,
      'GET',
      '/api/v1/staff/matching/cycles/0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10',
    );
    expect(unknown.statusCode).toBe(404);
    for (const role of ['student', 'alumnus'] as const) {
      const person = await harness.signUp({ role });
      const refused = await send(person, 'POST', '/api/v1/staff/matching/cycles', { programmeId });
      expect(refused.statusCode).toBe(403);
    }
  });
});
