import sharp from 'sharp';
import { ErrorCode, Role } from '@passerelle/contracts';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

describe('profiles over HTTP', () => {
  const harness = useGatewayHarness();
  const fieldsOf = (body: { error: { details: { fields?: { field: string }[] } } }) =>
    (body.error.details.fields ?? []).map((entry) => entry.field);

  const signUpStaff = () => harness.signUpAs(Role.Staff, { role: 'alumnus' });

  const putProfile = (session: SignedIn, payload: object) =>
    harness.http({ method: 'PUT', url: '/api/v1/me/profile', headers: bearer(session), payload });
  const getProfile = (session: SignedIn) =>
    harness
      .http({ method: 'GET', url: '/api/v1/me/profile', headers: bearer(session) })
      .then((r) => r.json());

  it('lets an alumnus fill their profile and see what is still missing', async () => {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    const response = await putProfile(alumnus, {
      alumnus: {
        employer: 'Airbus',
        jobTitle: 'Ingénieure',
        sector: 'engineering-industry',
        capacity: 4,
        skillIds: ['cad'],
      },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.alumnus).toMatchObject({ employer: 'Airbus', capacity: 4 });
    expect(body.alumnus.skills[0]).toMatchObject({ id: 'cad', labelEn: 'Computer-aided design (CAD)' });
    expect(body.completeness.missing).toContain('bio');
    expect(body.completeness.missing).not.toContain('employer');
  });

  it.each([
    ['capacity above 20', { alumnus: { capacity: 21 } }, 'alumnus.capacity'],
    ['negative capacity', { alumnus: { capacity: -1 } }, 'alumnus.capacity'],
    ['unknown skill ids', { alumnus: { skillIds: ['not-a-skill'] } }, 'alumnus.skillIds'],
    ['invalid time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['unknown sector', { alumnus: { sector: 'piracy' } }, 'alumnus.sector'],
    ['unknown field', { alumnus: { salary: 100000 } }, 'alumnus.salary'],
  ])('answers 400 naming the field for %s, and changes nothing', async (_case, payload, field) => {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    await putProfile(alumnus, { alumnus: { capacity: 5 } });
    const before = await getProfile(alumnus);
    const response = await putProfile(alumnus, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(fieldsOf(response.json())).toEqual([field]);
    expect(await getProfile(alumnus)).toEqual(before);
  });

  it('forbids an alumnus to edit another’s profile (403) and changes nothing; staff may', async () => {
    const owner = await harness.signUp({ role: 'alumnus' });
    const other = await harness.signUp({ role: 'alumnus' });
    await putProfile(owner, { alumnus: { employer: 'Danone' } });
    const denied = await harness.http({
      method: 'PUT',
      url: `/api/v1/profiles/${owner.accountId}`,
      headers: bearer(other),
      payload: { alumnus: { employer: 'Nope' } },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe(ErrorCode.FORBIDDEN);
    expect((await getProfile(owner)).alumnus.employer).toBe('Danone');

    const staff = await signUpStaff();
    const allowed = await harness.http({
      method: 'PUT',
      url: `/api/v1/profiles/${owner.accountId}`,
      headers: bearer(staff),
      payload: { alumnus: { employer: 'Danone SA' } },
    });
    expect(allowed.statusCode).toBe(200);
    expect((await getProfile(owner)).alumnus.employer).toBe('Danone SA');
  });

  it('shows a student only what the alumnus lets everyone see; staff see staff-only fields', async () => {
    const alumnus = await harness.signUp({ role: 'alumnus' });
    const student = await harness.signUp({ role: 'student' });
    const staff = await signUpStaff();
    await putProfile(alumnus, {
      alumnus: { employer: 'Thales', jobTitle: 'Cheffe de projet', bio: 'Vingt ans dans la défense.' },
      visibility: [{ field: 'employer', visibility: 'staff' }],
    });
    const seen = await harness.http({
      method: 'GET',
      url: `/api/v1/profiles/${alumnus.accountId}`,
      headers: bearer(student),
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().alumnus).not.toHaveProperty('employer');
    expect(seen.json().alumnus).toMatchObject({ jobTitle: 'Cheffe de projet' });
    const seenByStaff = await harness.http({
      method: 'GET',
      url: `/api/v1/profiles/${alumnus.accountId}`,
      headers: bearer(staff),
    });
    expect(seenByStaff.json().alumnus.employer).toBe('Thales');
  });

  it('answers 404 for an unknown profile and 400 naming accountId for a malformed one', async () => {
    const student = await harness.signUp();
    const unknown = await harness.http({
      method: 'GET',
      url: '/api/v1/profiles/3f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
      headers: bearer(student),
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await harness.http({
      method: 'GET',
      url: '/api/v1/profiles/42',
      headers: bearer(student),
    });
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed.json())).toEqual(['accountId']);
  });

  it('needs a signed-in person', async () => {
    const response = await harness.http({ method: 'GET', url: '/api/v1/me/profile' });
    expect(response.statusCode).toBe(401);
  });

  describe('availability', () => {
    const putAvailability = (session: SignedIn, payload: object) =>
      harness.http({ method: 'PUT', url: '/api/v1/me/availability', headers: bearer(session), payload });

    it('stores weekly slots in my time zone', async () => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const response = await putAvailability(alumnus, {
        timeZone: 'America/Toronto',
        slots: [{ weekday: 1, startMinute: 1080, endMinute: 1140 }],
      });
      expect(response.statusCode).toBe(200);
      expect(await getProfile(alumnus)).toMatchObject({
        timeZone: 'America/Toronto',
        availability: [{ weekday: 1, startMinute: 1080, endMinute: 1140 }],
      });
    });

    it.each([
      [
        'an inverted slot',
        { timeZone: 'Europe/Paris', slots: [{ weekday: 2, startMinute: 600, endMinute: 500 }] },
        'slots.0',
      ],
      [
        'overlapping slots',
        {
          timeZone: 'Europe/Paris',
          slots: [
            { weekday: 2, startMinute: 600, endMinute: 700 },
            { weekday: 2, startMinute: 650, endMinute: 750 },
          ],
        },
        'slots.1',
      ],
      ['an invalid time zone', { timeZone: 'GMT+2', slots: [] }, 'timeZone'],
    ])('answers 400 for %s, naming it, and keeps the old week', async (_case, payload, field) => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const kept = { timeZone: 'Europe/Paris', slots: [{ weekday: 3, startMinute: 480, endMinute: 540 }] };
      await putAvailability(alumnus, kept);
      const response = await putAvailability(alumnus, payload);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
      expect((await getProfile(alumnus)).availability).toEqual(kept.slots);
    });
  });

  describe('photo', () => {
    const putPhoto = (session: SignedIn, image: string) =>
      harness.http({ method: 'PUT', url: '/api/v1/me/photo', headers: bearer(session), payload: { image } });

    it('resizes a JPEG to a 256×256 WebP that others can load', async () => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const student = await harness.signUp();
      const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#cc3300' } })
        .jpeg()
        .toBuffer();
      const response = await putPhoto(alumnus, `data:image/jpeg;base64,${jpeg.toString('base64')}`);
      expect(response.statusCode).toBe(200);
      const { photoUrl } = response.json<{ photoUrl: string }>();
      expect((await getProfile(alumnus)).photoUrl).toBe(photoUrl);

      const image = await harness.http({ method: 'GET', url: photoUrl, headers: bearer(student) });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/webp');
      const metadata = await sharp(image.rawPayload).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: 256, height: 256 });
    });

    it('refuses a file that is not an image, whatever its name, and keeps the old photo', async () => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const png = await sharp({ create: { width: 300, height: 300, channels: 4, background: '#00ff0080' } })
        .png()
        .toBuffer();
      await putPhoto(alumnus, png.toString('base64'));
      const before = (await getProfile(alumnus)).photoUrl;
      const response = await putPhoto(alumnus, Buffer.from('GIF89a pretending').toString('base64'));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields).toEqual([
        { field: 'image', messages: ['image must be a JPEG, PNG or WebP picture'] },
      ]);
      expect((await getProfile(alumnus)).photoUrl).toBe(before);
    });

    it('refuses a photo over 2 MB with a 400 naming the field', async () => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const tooLarge = Buffer.alloc(2 * 1024 * 1024 + 1, 0);
      tooLarge.set([0xff, 0xd8, 0xff, 0xe0]);
      const response = await putPhoto(alumnus, tooLarge.toString('base64'));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields).toEqual([
        { field: 'image', messages: ['image must be at most 2 MB'] },
      ]);
      expect((await getProfile(alumnus)).photoUrl).toBeNull();
    });

    it('refuses a damaged image', async () => {
      const alumnus = await harness.signUp({ role: 'alumnus' });
      const broken = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
      const response = await putPhoto(alumnus, broken.toString('base64'));
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json())).toEqual(['image']);
    });
  });

  describe('skills and tags', () => {
    it('searches skills with ?q= and paginates', async () => {
      const student = await harness.signUp();
      const response = await harness.http({
        method: 'GET',
        url: '/api/v1/skills?q=negociation&locale=fr&page=1&pageSize=10',
        headers: bearer(student),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ page: 1, pageSize: 10 });
      expect(response.json().items.map((skill: { id: string }) => skill.id)).toEqual([
        'negotiation',
        'salary-negotiation',
      ]);
    });

    it('keeps tag merging to staff', async () => {
      const student = await harness.signUp();
      const staff = await signUpStaff();
      const tags = (await putProfile(student, { tags: ['Vélo', 'velo ', 'Cyclisme'] })).json().tags;
      expect(tags.map((tag: { label: string }) => tag.label)).toEqual(['cyclisme', 'velo']);
      const [cyclisme, velo] = tags;
      const payload = { sourceTagId: velo.id, targetTagId: cyclisme.id };
      const denied = await harness.http({
        method: 'POST',
        url: '/api/v1/tags/merge',
        headers: bearer(student),
        payload,
      });
      expect(denied.statusCode).toBe(403);
      const merged = await harness.http({
        method: 'POST',
        url: '/api/v1/tags/merge',
        headers: bearer(staff),
        payload,
      });
      expect(merged.statusCode).toBe(200);
      expect(merged.json()).toEqual({ target: { ...cyclisme, usageCount: 1 }, movedProfiles: 1 });
      expect((await getProfile(student)).tags).toEqual([cyclisme]);
    });
  });

  it('documents every profile route with a response type', async () => {
    const document = (await harness.http({ method: 'GET', url: '/api/docs/json' })).json();
    for (const [path, method] of [
      ['/api/v1/me/profile', 'get'],
      ['/api/v1/me/profile', 'put'],
      ['/api/v1/me/availability', 'put'],
      ['/api/v1/me/photo', 'put'],
      ['/api/v1/profiles/{accountId}', 'get'],
      ['/api/v1/skills', 'get'],
      ['/api/v1/tags/merge', 'post'],
    ] as const) {
      expect(document.paths[path]?.[method]?.responses?.['200']).toBeDefined();
    }
    expect(document.components.schemas.MyProfileView).toBeDefined();
  });
});
