import { ErrorCode, Role } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

describe('GET /api/v1/audit', () => {
  const harness = useGatewayHarness();
  let staff: SignedIn;

  beforeAll(async () => {
    staff = await harness.signUpAs(Role.Staff);
  });

  it('lets staff read the entries about one account, paginated', async () => {
    const subject = await harness.signUp({ role: 'alumnus' });
    await harness.sql(
      `INSERT INTO profiles.audit_entries (actor_id, actor_role, action, subject_id, reason)
       VALUES ($1, 'staff', 'mentor.rejected', $2, 'Profil incomplet')`,
      [staff.accountId, subject.accountId],
    );
    const response = await harness.http({
      method: 'GET',
      url: `/api/v1/audit?subjectId=${subject.accountId}&action=mentor.rejected&page=1&pageSize=10`,
      headers: bearer(staff),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 10,
      items: [{ action: 'mentor.rejected', actorId: staff.accountId, reason: 'Profil incomplet' }],
    });
  });

  it.each(['student', 'alumnus'] as const)('answers 403 to a %s', async (role) => {
    const person = await harness.signUp({ role });
    const response = await harness.http({ method: 'GET', url: '/api/v1/audit', headers: bearer(person) });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('answers 401 without a token', async () => {
    const response = await harness.http({ method: 'GET', url: '/api/v1/audit' });
    expect(response.statusCode).toBe(401);
  });

  it('names a bad filter', async () => {
    const response = await harness.http({
      method: 'GET',
      url: '/api/v1/audit?pageSize=1000',
      headers: bearer(staff),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toBe('pageSize');
  });
});
