import { ErrorCode } from '@passerelle/contracts';
import { startGatewayHarness, type GatewayHarness, type SignedIn } from './gateway-harness.js';

describe('GET /api/v1/directory', () => {
  let harness: GatewayHarness;
  let student: SignedIn;

  beforeAll(async () => {
    harness = await startGatewayHarness();
    student = await harness.signUp({ role: 'student', displayName: 'Léa Martin' });
    await harness.signUp({ role: 'alumnus', displayName: 'Awa Ndiaye' });
    await harness.signUp({ role: 'alumnus', displayName: 'Hélène Lefèvre' });
  });

  afterAll(() => harness.stop());

  const get = (url: string, session: SignedIn | null = student) =>
    harness.http({
      method: 'GET',
      url,
      headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
    });

  it('answers a page of cards for the text and filters in the query string', async () => {
    const response = await get(
      '/api/v1/directory?q=helene&sort=relevance&availableOnly=false&page=1&pageSize=5',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      items: [
        // Signed up, not (yet) a mentor: listed as an alumna, with no places to offer.
        {
          displayName: 'Hélène Lefèvre',
          availableMentor: false,
          freePlaces: null,
          answersWithinAFewDays: null,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 5,
    });
  });

  it('lists alumni only, never the student who searches', async () => {
    const names = get('/api/v1/directory?sort=graduation-year').then((response) =>
      response.json<{ items: { displayName: string }[] }>().items.map((card) => card.displayName),
    );
    await expect(names).resolves.toEqual(expect.arrayContaining(['Awa Ndiaye', 'Hélène Lefèvre']));
    await expect(names).resolves.not.toContain('Léa Martin');
  });

  it.each([
    ['sector', 'sector=piracy'],
    ['graduationYearFrom', 'graduationYearFrom=soon'],
    ['graduationYearTo', 'graduationYearFrom=2020&graduationYearTo=2010'],
    ['utcOffsetTo', 'utcOffsetTo=15'],
    ['hasFreeCapacity', 'hasFreeCapacity=yes'],
    ['page', 'page=0'],
    ['skill', 'skill=juggling'],
    ['colour', 'colour=blue'],
  ])('answers 400 naming %s when it is wrong', async (field, queryString) => {
    const response = await get(`/api/v1/directory?${queryString}`);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.details.fields.map((entry: { field: string }) => entry.field)).toContain(field);
  });

  it('is for signed-in people only', async () => {
    const response = await get('/api/v1/directory', null);
    expect(response.statusCode).toBe(401);
  });

  it('documents the route, its query parameters and its reply in OpenAPI', async () => {
    const document = (await harness.http({ method: 'GET', url: '/api/docs/json' })).json();
    const route = document.paths['/api/v1/directory'].get;
    const parameters = route.parameters.map((parameter: { name: string }) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(['q', 'sector', 'utcOffsetFrom', 'sort', 'page']));
    expect(route.responses['200'].content['application/json'].schema.$ref).toContain('DirectoryPage');
    expect(document.components.schemas.DirectoryCard.properties).toHaveProperty('answersWithinAFewDays');
  });
});
