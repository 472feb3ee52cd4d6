import type { DataSource } from 'typeorm';
import {
  ErrorCode,
  REGISTER_ACCOUNT,
  Role,
  SEARCH_DIRECTORY,
  UPDATE_MY_ACCOUNT,
  UPDATE_MY_PROFILE,
  type AccountView,
  type DirectoryPage,
} from '@passerelle/contracts';
import type { ActorRef, DomainError } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { DirectoryIndexer } from '../src/directory/directory-indexer.js';
import { DirectoryPersonalData } from '../src/directory/directory-personal-data.js';
import { recordMentorActivity } from '../src/directory/mentor-activity.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { startProfilesHarness, type ProfilesHarness } from './profiles-harness.js';

describe('directory search', () => {
  let profiles: ProfilesHarness;
  let student: ActorRef;
  let staff: ActorRef;
  const ids: Record<string, string> = {};

  async function register(role: Role, displayName: string): Promise<ActorRef> {
    // Staff sign up as students here, then get their role, as an administrator would give it.
    const registrationRole = role === Role.Alumnus ? Role.Alumnus : Role.Student;
    const account = await profiles.call<AccountView>(
      REGISTER_ACCOUNT,
      aRegistration({ role: registrationRole, displayName }),
    );
    if (role !== registrationRole) {
      await profiles.sql('UPDATE profiles.accounts SET role = $2 WHERE id = $1', [account.id, role]);
    }
    return { userId: account.id, role };
  }

  /** An alumnus created the way a person does it: sign-up, then the profile form. */
  async function alumnus(displayName: string, timeZone: string, profile: object, visibility: object[] = []) {
    const actor = await register(Role.Alumnus, displayName);
    await profiles.call(UPDATE_MY_PROFILE, { timeZone, alumnus: profile, visibility }, actor);
    ids[displayName] = actor.userId;
    return actor;
  }

  const search = (actor: ActorRef, query: object = {}) =>
    profiles.call<DirectoryPage>(SEARCH_DIRECTORY, query, actor);
  const names = async (actor: ActorRef, query: object = {}) =>
    (await search(actor, query)).items.map((card) => card.displayName);
  const failure = (promise: Promise<unknown>): Promise<DomainError> =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: DomainError) => error,
    );

  beforeAll(async () => {
    profiles = await startProfilesHarness();
    student = await register(Role.Student, 'Léa Étudiante');
    staff = await register(Role.Staff, 'Nadia Benali');
    await alumnus('Camille Martin', 'Europe/Paris', {
      graduationYear: 2015,
      employer: 'OVHcloud',
      jobTitle: 'Développeur back-end',
      sector: 'it-software',
      city: 'Lyon',
      country: 'FR',
      languages: ['fr', 'en'],
      skillIds: ['typescript', 'cloud-computing'],
      topics: ['cv-review', 'first-job'],
      formats: ['video'],
      bio: 'Ancien de l’École, je relis volontiers vos CV.',
    });
    await alumnus('Awa Ndiaye', 'Africa/Abidjan', {
      graduationYear: 2010,
      employer: 'Ecobank',
      jobTitle: 'Responsable crédit',
      sector: 'banking',
      city: 'Abidjan',
      country: 'CI',
      languages: ['fr', 'en', 'wo'],
      skillIds: ['financial-analysis', 'negotiation'],
      topics: ['interview-preparation', 'international-career'],
      formats: ['phone', 'video'],
    });
    await alumnus(
      'Thomas Tremblay',
      'America/Toronto',
      {
        graduationYear: 2020,
        employer: 'Desjardins',
        jobTitle: 'Data scientist',
        sector: 'banking',
        city: 'Montréal',
        country: 'CA',
        languages: ['fr', 'en'],
        skillIds: ['machine-learning', 'python-data'],
        topics: ['career-change'],
        formats: ['chat'],
      },
      [{ field: 'employer', visibility: 'staff' }],
    );
    const ines = await alumnus('Inès Haddad', 'Europe/Paris', {
      graduationYear: 2018,
      employer: 'Wavestone',
      jobTitle: 'Consultante en stratégie',
      sector: 'consulting',
      city: 'Paris',
      country: 'FR',
      languages: ['fr', 'en', 'ar'],
      skillIds: ['strategy'],
      topics: ['career-change', 'networking'],
      formats: ['video', 'in-person'],
      capacity: 1,
      bio: 'J’aime la data et les chiffres.',
    });
    const suspended = await alumnus('Paul Suspendu', 'Europe/Paris', {
      sector: 'banking',
      jobTitle: 'Trader',
    });
    const dataSource = profiles.service.get<DataSource>(DATA_SOURCE);
    await recordMentorActivity(dataSource.manager, ines.userId, {
      activeMentees: 1,
      medianResponseHours: 20,
    });
    await profiles.sql(`UPDATE profiles.accounts SET status = 'suspended' WHERE id = $1`, [suspended.userId]);
    // Suspension belongs to onboarding; it refreshes the document as this does.
    await DirectoryIndexer.refresh(dataSource.manager, suspended.userId);
    // Last activity, as sign-ins record it.
    const activity: [string, string][] = [
      ['Awa Ndiaye', '2026-11-22T09:00:00Z'],
      ['Inès Haddad', '2026-11-21T09:00:00Z'],
      ['Camille Martin', '2026-11-01T09:00:00Z'],
    ];
    for (const [name, at] of activity) {
      await profiles.sql('UPDATE profiles.accounts SET last_active_at = $2 WHERE id = $1', [ids[name], at]);
    }
  });

  afterAll(() => profiles.stop());

  describe('text', () => {
    it('finds a name, a title, an employer and a skill label', async () => {
      await expect(names(student, { q: 'ndiaye' })).resolves.toEqual(['Awa Ndiaye']);
      await expect(names(student, { q: 'back-end' })).resolves.toEqual(['Camille Martin']);
      await expect(names(student, { q: 'Wavestone' })).resolves.toEqual(['Inès Haddad']);
      await expect(names(student, { q: 'Apprentissage automatique' })).resolves.toEqual(['Thomas Tremblay']);
    });

    it('ignores accents and case both ways', async () => {
      await expect(names(student, { q: 'ecole' })).resolves.toEqual(['Camille Martin']);
      await expect(names(student, { q: 'INES' })).resolves.toEqual(['Inès Haddad']);
      await expect(names(student, { q: 'Montreal' })).resolves.toEqual([]); // the city is not in the text
    });

    it('stems French: plural and feminine forms find the masculine singular', async () => {
      // "développeurs" and "développeur" share the stem "developpeur".
      await expect(names(student, { q: 'développeurs' })).resolves.toEqual(['Camille Martin']);
      // "développeuse" stems to "developp", a prefix of "developpeur": found through prefix matching.
      await expect(names(student, { q: 'développeuse' })).resolves.toEqual(['Camille Martin']);
      // "consultant" and "consultante" both stem to "consult".
      await expect(names(student, { q: 'consultant' })).resolves.toEqual(['Inès Haddad']);
    });

    it('stems English: "analysis" finds "Financial analysis", "negotiating" finds "Negotiation"', async () => {
      await expect(names(student, { q: 'analysis' })).resolves.toEqual(['Awa Ndiaye']);
      // Both stem to "negoti".
      await expect(names(student, { q: 'negotiating' })).resolves.toEqual(['Awa Ndiaye']);
    });

    it('matches what is being typed as a prefix', async () => {
      await expect(names(student, { q: 'strat' })).resolves.toEqual(['Inès Haddad']);
    });

    it('ranks a word in the job title above the same word in a bio', async () => {
      await expect(names(student, { q: 'data' })).resolves.toEqual(['Thomas Tremblay', 'Inès Haddad']);
    });
  });

  describe('filters', () => {
    it.each([
      ['sector', { sector: 'banking' }, ['Awa Ndiaye', 'Thomas Tremblay']],
      ['skill', { skill: 'typescript' }, ['Camille Martin']],
      ['language', { language: 'wo' }, ['Awa Ndiaye']],
      [
        'graduation years',
        { graduationYearFrom: 2015, graduationYearTo: 2018 },
        ['Camille Martin', 'Inès Haddad'],
      ],
      ['country', { country: 'CI' }, ['Awa Ndiaye']],
      [
        'UTC offset now (Montréal is −5 in winter)',
        { utcOffsetFrom: -6, utcOffsetTo: -4 },
        ['Thomas Tremblay'],
      ],
      [
        'UTC offset around Abidjan and Paris',
        { utcOffsetFrom: 0, utcOffsetTo: 1 },
        ['Awa Ndiaye', 'Camille Martin', 'Inès Haddad'],
      ],
      ['topic', { topic: 'career-change' }, ['Inès Haddad', 'Thomas Tremblay']],
      ['format', { format: 'chat' }, ['Thomas Tremblay']],
      ['free capacity', { hasFreeCapacity: true }, ['Awa Ndiaye', 'Camille Martin', 'Thomas Tremblay']],
      ['text and two filters', { q: 'crédit', sector: 'banking', language: 'wo' }, ['Awa Ndiaye']],
    ])('filters by %s', async (_name, query, expected) => {
      const found = await names(student, { ...query, sort: 'graduation-year' });
      expect([...found].sort()).toEqual([...expected].sort());
    });
  });

  describe('cards', () => {
    it('say "answers within a few days" only when it is known', async () => {
      const { items } = await search(student, { sort: 'graduation-year' });
      const byName = Object.fromEntries(items.map((card) => [card.displayName, card]));
      expect(byName['Inès Haddad']).toMatchObject({ answersWithinAFewDays: true, freePlaces: 0 });
      expect(byName['Camille Martin']).toMatchObject({
        answersWithinAFewDays: null,
        freePlaces: 2,
        jobTitle: 'Développeur back-end',
        employer: 'OVHcloud',
        city: 'Lyon',
        country: 'FR',
        timeZone: 'Europe/Paris',
        lastActiveAt: '2026-11-01T09:00:00.000Z',
      });
      expect(byName['Camille Martin']?.topSkills.map((skill) => skill.id).sort()).toEqual([
        'cloud-computing',
        'typescript',
      ]);
    });

    it('follow a change of name in the same transaction as the change', async () => {
      await profiles.call(
        UPDATE_MY_ACCOUNT,
        { displayName: 'Camille Martin-Diallo' },
        {
          userId: ids['Camille Martin']!,
          role: Role.Alumnus,
        },
      );
      await expect(names(student, { q: 'diallo' })).resolves.toEqual(['Camille Martin-Diallo']);
      await profiles.call(
        UPDATE_MY_ACCOUNT,
        { displayName: 'Camille Martin' },
        {
          userId: ids['Camille Martin']!,
          role: Role.Alumnus,
        },
      );
    });
  });

  describe('visibility', () => {
    it('hides from members a field the alumnus keeps for staff, and does not match on it', async () => {
      const { items } = await search(student, { q: 'Thomas' });
      expect(items[0]).toMatchObject({
        displayName: 'Thomas Tremblay',
        employer: null,
        jobTitle: 'Data scientist',
      });
      await expect(names(student, { q: 'Desjardins' })).resolves.toEqual([]);
    });

    it('shows staff every field and lets them search it', async () => {
      const { items } = await search(staff, { q: 'Desjardins' });
      expect(items.map((card) => [card.displayName, card.employer])).toEqual([
        ['Thomas Tremblay', 'Desjardins'],
      ]);
    });

    it('hides suspended accounts from members but not from staff', async () => {
      await expect(names(student, { q: 'Suspendu' })).resolves.toEqual([]);
      await expect(names(staff, { q: 'Suspendu' })).resolves.toEqual(['Paul Suspendu']);
    });

    it('gives the mentor status to staff only', async () => {
      const [studentCard] = (await search(student, { q: 'Ndiaye' })).items;
      const [staffCard] = (await search(staff, { q: 'Ndiaye' })).items;
      expect(studentCard).not.toHaveProperty('mentorStatus');
      expect(staffCard).toHaveProperty('mentorStatus');
    });

    it('never lists students or staff', async () => {
      const everyone = await names(staff, { pageSize: 100 });
      expect(everyone).not.toContain('Léa Étudiante');
      expect(everyone).not.toContain('Nadia Benali');
    });
  });

  describe('sorting and pages', () => {
    it('sorts by graduation year, most recent first', async () => {
      await expect(names(student, { sort: 'graduation-year' })).resolves.toEqual([
        'Thomas Tremblay',
        'Inès Haddad',
        'Camille Martin',
        'Awa Ndiaye',
      ]);
    });

    it('sorts by recent activity, never-active last, and uses it when there is no text to rank', async () => {
      const expected = ['Awa Ndiaye', 'Inès Haddad', 'Camille Martin', 'Thomas Tremblay'];
      await expect(names(student, { sort: 'recent-activity' })).resolves.toEqual(expected);
      await expect(names(student, {})).resolves.toEqual(expected);
    });

    it('pages with the total of every match', async () => {
      const second = await search(student, { sort: 'graduation-year', page: 2, pageSize: 3 });
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(second.items.map((card) => card.displayName)).toEqual(['Awa Ndiaye']);
      await expect(search(student, { page: 9, pageSize: 3 })).resolves.toMatchObject({ items: [], total: 4 });
    });
  });

  describe('personal data', () => {
    it('exports the mentor activity and erases it with the documents', async () => {
      const part = profiles.service.get(DirectoryPersonalData);
      const dataSource = profiles.service.get<DataSource>(DATA_SOURCE);
      const ines = ids['Inès Haddad']!;
      await expect(part.export(dataSource.manager, ines)).resolves.toEqual({
        activeMentees: 1,
        medianResponseHours: 20,
      });
      await dataSource.transaction((manager) => part.erase(manager, ines));
      await expect(names(staff, { q: 'Haddad' })).resolves.toEqual([]);
      await expect(part.export(dataSource.manager, ines)).resolves.toBeNull();
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['sector', { sector: 'piracy' }],
      ['skill', { skill: 'juggling' }],
      ['language', { language: 'klingon' }],
      ['graduationYearTo', { graduationYearFrom: 2020, graduationYearTo: 2010 }],
      ['utcOffsetTo', { utcOffsetFrom: 2, utcOffsetTo: 1 }],
      ['utcOffsetFrom', { utcOffsetFrom: -13 }],
      ['country', { country: 'France' }],
      ['sort', { sort: 'salary' }],
      ['pageSize', { pageSize: 1000 }],
      ['hasFreeCapacity', { hasFreeCapacity: 'maybe' }],
      ['salary', { salary: 100000 }],
    ])('refuse a bad %s and name it', async (field, query) => {
      const error = await failure(search(student, query));
      expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect((error.details.fields ?? []).map((entry: { field: string }) => entry.field)).toContain(field);
    });
  });
});
