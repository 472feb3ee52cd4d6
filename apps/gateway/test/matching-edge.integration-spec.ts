import { randomUUID } from 'node:crypto';
import { ErrorCode, Role } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

/** What the gateway itself refuses on the matching routes, before any service is asked. */
describe('matching routes at the gateway', () => {
  const harness = useGatewayHarness();
  let student: SignedIn;

  beforeAll(async () => {
    student = await harness.signUp({ role: 'student' });
  });

  const send = (session: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    harness.http({ method, url, headers: session ? bearer(session) : {}, payload });
  const fieldsOf = (body: { error: { details: { fields: { field: string }[] } } }) =>
    body.error.details.fields.map((entry) => entry.field);

  // A fixed id keeps the test names stable from run to run.
  const someId = '0b6c1c1e-1d4a-4f4e-9a43-5d1c0d6f2a10';
  const aMessage = 'Je cherche un premier poste en analyse de données dans la banque.';

  it.each([
    [
      'mentorIds',
      { programmeId: someId, mentorIds: [1, 2, 3, 4].map(() => randomUUID()), message: aMessage },
    ],
    ['mentorIds', { programmeId: someId, mentorIds: [], message: aMessage }],
    ['mentorIds', { programmeId: someId, mentorIds: [someId, someId], message: aMessage }],
    ['message', { programmeId: someId, mentorIds: [randomUUID()], message: 'Bonjour' }],
    ['programmeId', { programmeId: 'mentorat', mentorIds: [randomUUID()], message: aMessage }],
  ])('refuses a request whose %s is wrong with 400 naming it', async (field, payload) => {
    const response = await send(student, 'POST', '/api/v1/matching/requests', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(fieldsOf(response.json())).toContain(field);
  });

  it.each([
    ['reason', 'POST', `/api/v1/matching/requests/${someId}/decline`, { reason: 'bored' }],
    ['text', 'POST', `/api/v1/matching/requests/${someId}/questions`, { text: '' }],
    ['requestId', 'POST', '/api/v1/matching/requests/not-an-id/accept', {}],
    ['state', 'GET', '/api/v1/matching/requests/mine?state=lost', undefined],
    ['locale', 'GET', '/api/v1/matching/requests/incoming?locale=de', undefined],
    ['status', 'GET', '/api/v1/matching/mentorships?status=happy', undefined],
    ['reason', 'POST', `/api/v1/matching/mentorships/${someId}/end`, { note: 'Fin' }],
    ['durationMonths', 'PATCH', `/api/v1/matching/mentorships/${someId}/agreement`, { durationMonths: 60 }],
    ['goal', 'POST', `/api/v1/matching/mentorships/${someId}/goals`, { goal: { title: 'SQL' } }],
    ['percent', 'POST', `/api/v1/matching/mentorships/${someId}/goals/${someId}/progress`, { percent: 150 }],
  ] as const)('answers 400 naming %s on %s %s', async (field, method, url, payload) => {
    const response = await send(student, method, url, payload);
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json()).join(' ')).toContain(field);
  });

  it('keeps the stalled pairs to staff: students and alumni get 403', async () => {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    for (const person of [student, alumnus]) {
      const response = await send(person, 'GET', '/api/v1/staff/matching/mentorships/stalled');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('keeps requests to students and alumni: staff cannot send one for someone', async () => {
    const staff = await harness.signUpAs(Role.Staff);
    const response = await send(staff, 'POST', '/api/v1/matching/requests', {
      programmeId: someId,
      mentorIds: [randomUUID()],
      message: aMessage,
    });
    expect(response.statusCode).toBe(403);
  });

  it('lists the programmes to anyone signed in', async () => {
    const response = await send(student, 'GET', '/api/v1/matching/programmes');
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((programme: { code: string }) => programme.code)).toEqual(
      expect.arrayContaining(['mentorat', 'mentorat-inverse']),
    );
  });

  it('asks to sign in first', async () => {
    for (const url of ['/api/v1/matching/requests/mine', '/api/v1/matching/mentorships']) {
      expect((await send(null, 'GET', url)).statusCode).toBe(401);
    }
  });

  it('documents the routes with their bodies, queries and replies in OpenAPI', async () => {
    const document = (await harness.http({ method: 'GET', url: '/api/docs/json' })).json();
    const create = document.paths['/api/v1/matching/requests'].post;
    expect(create.requestBody.content['application/json'].schema.$ref).toContain('CreateMentoringRequest');
    const incoming = document.paths['/api/v1/matching/requests/incoming'].get;
    expect(incoming.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['page', 'locale']),
    );
    expect(incoming.responses['200'].content['application/json'].schema.$ref).toContain(
      'IncomingRequestPage',
    );
    expect(
      document.paths['/api/v1/matching/mentorships/{mentorshipId}/goals/{goalId}/progress'],
    ).toBeDefined();
    expect(document.paths['/api/v1/staff/matching/mentorships/stalled'].get).toBeDefined();
    expect(document.components.schemas.DeclineRequestBody.properties.reason.enum).toContain('no-time');
    expect(document.components.schemas.MentorshipPage.properties).toHaveProperty('total');
  });
});
