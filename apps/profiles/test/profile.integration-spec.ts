import sharpModule from 'sharp';
import {
  ErrorCode,
  GET_MY_PROFILE,
  GET_PROFILE,
  GET_PROFILE_PHOTO,
  ERASE_MY_ACCOUNT,
  EXPORT_MY_DATA,
  type PersonalDataExport,
  PROFILE_UPDATED,
  REGISTER_ACCOUNT,
  Role,
  UPDATE_MY_AVAILABILITY,
  UPDATE_MY_PHOTO,
  UPDATE_MY_PROFILE,
  UPDATE_PROFILE,
  UPDATE_MY_ACCOUNT,
  type AccountView,
  type AvailabilityView,
  type MyProfileView,
  type PersonProfileView,
  type PhotoView,
  type ProfilePhotoContent,
  type ProfileUpdatedEvent,
} from '@passerelle/contracts';
import type { ActorRef, DomainError } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('profiles over NATS', () => {
  const profiles = useProfilesHarness();

  const fieldsOf = (error: DomainError) =>
    (error.details.fields ?? []).map((entry: { field: string }) => entry.field);

  async function person(role: Role, displayName = 'Camille Durand'): Promise<ActorRef> {
    const registrationRole = role === Role.Student ? Role.Student : Role.Alumnus;
    const account = await profiles.call<AccountView>(
      REGISTER_ACCOUNT,
      aRegistration({ role: registrationRole, displayName }),
    );
    if (role !== registrationRole) {
      await profiles.sql('UPDATE profiles.accounts SET role = $2 WHERE id = $1', [account.id, role]);
    }
    return { userId: account.id, role };
  }

  const updateMine = (actor: ActorRef, body: object) =>
    profiles.call<MyProfileView>(UPDATE_MY_PROFILE, body, actor);
  const mine = (actor: ActorRef) => profiles.call<MyProfileView>(GET_MY_PROFILE, {}, actor);
  const eventsOf = (accountId: string) =>
    profiles.sql<{ payload: ProfileUpdatedEvent }>(
      `SELECT payload FROM profiles.outbox WHERE subject = $1 AND payload->>'accountId' = $2 ORDER BY created_at`,
      [PROFILE_UPDATED, accountId],
    );

  const alumnusProfile = {
    graduationYear: 2012,
    programme: 'Master Finance',
    employer: 'BNP Paribas',
    jobTitle: 'Analyste crédit',
    sector: 'banking',
    city: 'Lyon',
    country: 'FR',
    yearsOfExperience: 12,
    languages: ['fr', 'en'],
    linkedinUrl: 'https://www.linkedin.com/in/julien-moreau',
    bio: 'Analyste crédit depuis douze ans.',
    skillIds: ['financial-analysis', 'negotiation'],
    topics: ['cv-review', 'sector-insight'],
    formats: ['video', 'phone'],
    capacity: 3,
    openToReverseMentoring: true,
    reverseMentoringTopics: ['ai-tools'],
  };

  describe('an alumnus editing their profile', () => {
    it('saves it, shows skills in both languages, scores completeness and records profile.updated', async () => {
      const julien = await person(Role.Alumnus, 'Julien Moreau');
      const view = await updateMine(julien, {
        alumnus: alumnusProfile,
        tags: ['  Économie Sociale ', 'economie sociale', 'Rugby'],
        timeZone: 'America/Montreal',
      });
      expect(view.alumnus).toMatchObject({ employer: 'BNP Paribas', capacity: 3, languages: ['fr', 'en'] });
      expect(view.alumnus?.skills?.map((skill) => skill.labelFr)).toEqual([
        'Analyse financière',
        'Négociation',
      ]);
      expect(view.tags?.map((tag) => tag.label)).toEqual(['economie sociale', 'rugby']);
      expect(view.timeZone).toBe('America/Montreal');
      expect(view.completeness.missing).toEqual(['photo', 'availability']);
      expect(view.completeness.score).toBe(86);

      const events = await eventsOf(julien.userId);
      expect(events).toHaveLength(1);
      expect(events[0]!.payload).toMatchObject({
        accountId: julien.userId,
        role: 'alumnus',
        timeZone: 'America/Montreal',
        skillIds: ['financial-analysis', 'negotiation'],
        sectors: ['banking'],
        topics: ['cv-review', 'sector-insight'],
        capacity: 3,
      });
      await expect(mine(julien)).resolves.toMatchObject({ alumnus: { jobTitle: 'Analyste crédit' } });
    });

    it('keeps fields that are left out and clears those sent as null', async () => {
      const alumnus = await person(Role.Alumnus);
      await updateMine(alumnus, { alumnus: alumnusProfile });
      const view = await updateMine(alumnus, { alumnus: { jobTitle: 'Directeur des risques', bio: null } });
      expect(view.alumnus).toMatchObject({
        jobTitle: 'Directeur des risques',
        bio: null,
        employer: 'BNP Paribas',
      });
    });

    it.each([-1, 21, 2.5])(
      'refuses a capacity of %p, naming the field, and changes nothing',
      async (capacity) => {
        const alumnus = await person(Role.Alumnus);
        await updateMine(alumnus, { alumnus: { capacity: 4 } });
        const error = await failure(updateMine(alumnus, { alumnus: { capacity, employer: 'Ailleurs' } }));
        expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
        expect(fieldsOf(error)).toEqual(['alumnus.capacity']);
        await expect(mine(alumnus)).resolves.toMatchObject({ alumnus: { capacity: 4, employer: null } });
      },
    );

    it('refuses unknown skill ids, naming them, and changes nothing', async () => {
      const alumnus = await person(Role.Alumnus);
      await updateMine(alumnus, { alumnus: { skillIds: ['sql'], employer: 'Capgemini' } });
      const before = (await eventsOf(alumnus.userId)).length;
      const error = await failure(
        updateMine(alumnus, {
          alumnus: { skillIds: ['sql', 'underwater-basket-weaving'], employer: 'Sopra' },
        }),
      );
      expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(error.details.fields).toEqual([
        { field: 'alumnus.skillIds', messages: ['unknown skill ids: underwater-basket-weaving'] },
      ]);
      const after = await mine(alumnus);
      expect(after.alumnus?.employer).toBe('Capgemini');
      expect(after.alumnus?.skills?.map((skill) => skill.id)).toEqual(['sql']);
      expect(await eventsOf(alumnus.userId)).toHaveLength(before);
    });

    it('refuses an invalid time zone, a LinkedIn URL elsewhere and an over-long bio', async () => {
      const alumnus = await person(Role.Alumnus);
      const zone = await failure(updateMine(alumnus, { timeZone: 'Mars/Olympus' }));
      expect(fieldsOf(zone)).toEqual(['timeZone']);
      const linkedin = await failure(
        updateMine(alumnus, { alumnus: { linkedinUrl: 'http://evil.example/in/x' } }),
      );
      expect(fieldsOf(linkedin)).toEqual(['alumnus.linkedinUrl']);
      const bio = await failure(updateMine(alumnus, { alumnus: { bio: 'x'.repeat(1001) } }));
      expect(fieldsOf(bio)).toEqual(['alumnus.bio']);
      await expect(mine(alumnus)).resolves.toMatchObject({
        timeZone: 'Europe/Paris',
        alumnus: { bio: null },
      });
    });

    it('tells matching about a time zone changed in the account settings', async () => {
      const alumnus = await person(Role.Alumnus);
      await profiles.call(UPDATE_MY_ACCOUNT, { timeZone: 'Asia/Tokyo' }, alumnus);
      const events = await eventsOf(alumnus.userId);
      expect(events.at(-1)!.payload).toMatchObject({ accountId: alumnus.userId, timeZone: 'Asia/Tokyo' });
    });

    it('refuses the student section on an alumnus profile', async () => {
      const alumnus = await person(Role.Alumnus);
      const error = await failure(updateMine(alumnus, { student: { gaps: 'none' } }));
      expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(fieldsOf(error)).toEqual(['student']);
    });
  });

  describe('editing someone else’s profile', () => {
    it('is forbidden to another alumnus, and nothing changes', async () => {
      const owner = await person(Role.Alumnus);
      const intruder = await person(Role.Alumnus);
      await updateMine(owner, { alumnus: { employer: 'Orange' } });
      const error = await failure(
        profiles.call(UPDATE_PROFILE, { accountId: owner.userId, alumnus: { employer: 'Hacked' } }, intruder),
      );
      expect(error.code).toBe(ErrorCode.FORBIDDEN);
      await expect(mine(owner)).resolves.toMatchObject({ alumnus: { employer: 'Orange' } });
      expect(
        await profiles.sql(`SELECT 1 FROM profiles.audit_entries WHERE subject_id = $1`, [owner.userId]),
      ).toEqual([]);
    });

    it('is allowed to staff', async () => {
      const owner = await person(Role.Alumnus);
      const staff = await person(Role.Staff);
      const view = await profiles.call<MyProfileView>(
        UPDATE_PROFILE,
        { accountId: owner.userId, alumnus: { employer: 'Corrigé' } },
        staff,
      );
      expect(view.alumnus?.employer).toBe('Corrigé');
      const audit = await profiles.sql<{ actor_id: string; action: string; details: { changed: string[] } }>(
        `SELECT actor_id, action, details FROM profiles.audit_entries WHERE subject_id = $1`,
        [owner.userId],
      );
      expect(audit).toEqual([
        {
          actor_id: staff.userId,
          action: 'profile.edited-by-staff',
          details: { changed: ['alumnus.employer'] },
        },
      ]);
    });
  });

  describe('availability', () => {
    it('replaces the weekly slots in the given zone, in week order', async () => {
      const alumnus = await person(Role.Alumnus);
      const view = await profiles.call<AvailabilityView>(
        UPDATE_MY_AVAILABILITY,
        {
          timeZone: 'Africa/Dakar',
          slots: [
            { weekday: 4, startMinute: 18 * 60, endMinute: 20 * 60 },
            { weekday: 2, startMinute: 12 * 60, endMinute: 13 * 60 },
          ],
        },
        alumnus,
      );
      expect(view).toEqual({
        timeZone: 'Africa/Dakar',
        slots: [
          { weekday: 2, startMinute: 720, endMinute: 780 },
          { weekday: 4, startMinute: 1080, endMinute: 1200 },
        ],
      });
      const events = await eventsOf(alumnus.userId);
      expect(events.at(-1)!.payload.availability).toEqual(view.slots);
      expect((await mine(alumnus)).availability).toEqual(view.slots);
    });

    it.each([
      ['inverted', [{ weekday: 1, startMinute: 600, endMinute: 540 }], 'slots.0', /must end after it starts/],
      [
        'overlapping',
        [
          { weekday: 3, startMinute: 600, endMinute: 720 },
          { weekday: 3, startMinute: 700, endMinute: 800 },
        ],
        'slots.1',
        /overlaps slot 0/,
      ],
    ])('refuses %s slots, naming the slot, and keeps the old ones', async (_case, slots, field, message) => {
      const alumnus = await person(Role.Alumnus);
      const kept = [{ weekday: 5, startMinute: 540, endMinute: 600 }];
      await profiles.call(UPDATE_MY_AVAILABILITY, { timeZone: 'Europe/Paris', slots: kept }, alumnus);
      const error = await failure(
        profiles.call(UPDATE_MY_AVAILABILITY, { timeZone: 'Europe/Paris', slots }, alumnus),
      );
      expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(error.details.fields?.[0]?.field).toBe(field);
      expect(error.details.fields?.[0]?.messages[0]).toMatch(message);
      expect((await mine(alumnus)).availability).toEqual(kept);
    });

    it('refuses an invalid time zone and minutes out of the day', async () => {
      const alumnus = await person(Role.Alumnus);
      const zone = await failure(
        profiles.call(UPDATE_MY_AVAILABILITY, { timeZone: 'Paris', slots: [] }, alumnus),
      );
      expect(fieldsOf(zone)).toEqual(['timeZone']);
      const minutes = await failure(
        profiles.call(
          UPDATE_MY_AVAILABILITY,
          { timeZone: 'Europe/Paris', slots: [{ weekday: 8, startMinute: 0, endMinute: 1500 }] },
          alumnus,
        ),
      );
      expect(fieldsOf(minutes).sort()).toEqual(['slots.0.endMinute', 'slots.0.weekday']);
    });
  });

  describe('a student’s needs assessment and SMART goals', () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;

    it('saves the assessment and goals, then keeps, updates and deletes goals by id', async () => {
      const student = await person(Role.Student, 'Léa Martin');
      const view = await updateMine(student, {
        student: {
          programme: 'Licence Économie',
          targetRoles: ['Data analyst'],
          targetSectors: ['banking', 'consulting'],
          skillIdsToDevelop: ['sql', 'data-visualisation'],
          jobSearchStage: 'preparing-applications',
          strengths: 'Rigueur',
          gaps: 'Réseau',
          mentorExpectations: 'Relire mon CV',
          goals: [
            {
              title: 'Stage',
              specific: 'Postuler en banque',
              measurable: '15 candidatures',
              targetDate: nextYear,
            },
            {
              title: 'Réseau',
              specific: 'Rencontrer des alumni',
              measurable: '5 cafés',
              targetDate: nextYear,
            },
          ],
        },
      });
      expect(view.student?.goals).toHaveLength(2);
      expect(view.student?.goals?.[0]).toMatchObject({ status: 'open', targetDate: nextYear });
      const [first] = view.student!.goals!;
      const updated = await updateMine(student, {
        student: { goals: [{ ...first!, status: 'achieved' }] },
      });
      expect(updated.student?.goals).toEqual([{ ...first, status: 'achieved' }]);
      expect((await eventsOf(student.userId)).at(-1)!.payload).toMatchObject({
        role: 'student',
        skillIds: ['sql', 'data-visualisation'], // taxonomy order
        sectors: ['banking', 'consulting'],
        jobSearchStage: 'preparing-applications',
        capacity: null,
      });
    });

    it('refuses a goal dated in the past, naming it, and changes nothing', async () => {
      const student = await person(Role.Student);
      await updateMine(student, { student: { strengths: 'Curiosité' } });
      const error = await failure(
        updateMine(student, {
          student: {
            strengths: 'Autre',
            goals: [{ title: 'Trop tard', specific: 'x', measurable: 'y', targetDate: '2020-01-01' }],
          },
        }),
      );
      expect(fieldsOf(error)).toEqual(['student.goals.0.targetDate']);
      await expect(mine(student)).resolves.toMatchObject({ student: { strengths: 'Curiosité', goals: [] } });
    });

    it('refuses a goal without a measurable indicator', async () => {
      const student = await person(Role.Student);
      const error = await failure(
        updateMine(student, {
          student: {
            goals: [{ title: 'Stage', specific: 'Postuler', measurable: ' ', targetDate: nextYear }],
          },
        }),
      );
      expect(fieldsOf(error)).toEqual(['student.goals.0.measurable']);
    });
  });

  describe('offering reverse mentoring (mentoring an alumnus back on digital topics)', () => {
    const thisYear = new Date().getUTCFullYear();

    it('saves a student’s offer, shows it to other members and tells matching', async () => {
      const student = await person(Role.Student, 'Inès Haddad');
      const view = await updateMine(student, {
        student: { offersReverseMentoring: true, reverseMentoringOffer: ['ai-tools', 'social-networks'] },
      });
      expect(view.student).toMatchObject({
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools', 'social-networks'],
      });
      const reader = await person(Role.Alumnus);
      await expect(
        profiles.call<PersonProfileView>(GET_PROFILE, { accountId: student.userId }, reader),
      ).resolves.toMatchObject({ student: { offersReverseMentoring: true } });
      expect((await eventsOf(student.userId)).at(-1)!.payload).toMatchObject({
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools', 'social-networks'],
        openToReverseMentoring: false,
        reverseMentoringTopics: [],
      });
    });

    it('refuses an offer without a topic, naming the field, and changes nothing', async () => {
      const student = await person(Role.Student);
      const error = await failure(
        updateMine(student, { student: { strengths: 'Curiosité', offersReverseMentoring: true } }),
      );
      expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(fieldsOf(error)).toEqual(['student.reverseMentoringOffer']);
      await expect(mine(student)).resolves.toMatchObject({
        student: { strengths: null, offersReverseMentoring: false },
      });
      const unknown = await failure(
        updateMine(student, {
          student: { offersReverseMentoring: true, reverseMentoringOffer: ['knitting'] },
        }),
      );
      expect(fieldsOf(unknown)).toEqual(['student.reverseMentoringOffer']);
    });

    it('lets a recent graduate offer, apart from what an alumnus wants to learn, and no older alumnus', async () => {
      const recent = await person(Role.Alumnus);
      const view = await updateMine(recent, {
        alumnus: {
          graduationYear: thisYear - 1,
          offersReverseMentoring: true,
          reverseMentoringOffer: ['new-technologies'],
        },
      });
      expect(view.alumnus).toMatchObject({
        offersReverseMentoring: true,
        reverseMentoringOffer: ['new-technologies'],
        openToReverseMentoring: false,
      });
      expect((await eventsOf(recent.userId)).at(-1)!.payload).toMatchObject({
        offersReverseMentoring: true,
        reverseMentoringOffer: ['new-technologies'],
        graduationYear: thisYear - 1,
      });

      const older = await person(Role.Alumnus);
      await updateMine(older, { alumnus: alumnusProfile });
      const error = await failure(
        updateMine(older, { alumnus: { offersReverseMentoring: true, reverseMentoringOffer: ['ai-tools'] } }),
      );
      expect(fieldsOf(error)).toEqual(['alumnus.offersReverseMentoring']);
      await expect(mine(older)).resolves.toMatchObject({
        alumnus: { openToReverseMentoring: true, offersReverseMentoring: false },
      });
    });
  });

  describe('reading another person’s profile', () => {
    it('hides from a student what the alumnus keeps for staff or partners, and shows staff everything', async () => {
      const alumnus = await person(Role.Alumnus);
      const student = await person(Role.Student);
      const staff = await person(Role.Staff);
      await updateMine(alumnus, {
        alumnus: alumnusProfile,
        visibility: [
          { field: 'employer', visibility: 'staff' },
          { field: 'location', visibility: 'mentoring-partners' },
        ],
      });
      const seenByStudent = await profiles.call<PersonProfileView>(
        GET_PROFILE,
        { accountId: alumnus.userId },
        student,
      );
      expect(seenByStudent.alumnus).not.toHaveProperty('employer');
      expect(seenByStudent.alumnus).not.toHaveProperty('city');
      expect(seenByStudent.alumnus).not.toHaveProperty('linkedinUrl'); // partners only by default
      expect(seenByStudent.alumnus).toMatchObject({
        jobTitle: 'Analyste crédit',
        topics: ['cv-review', 'sector-insight'],
      });
      expect(seenByStudent).not.toHaveProperty('completeness');

      const seenByStaff = await profiles.call<PersonProfileView>(
        GET_PROFILE,
        { accountId: alumnus.userId },
        staff,
      );
      expect(seenByStaff.alumnus).toMatchObject({
        employer: 'BNP Paribas',
        city: 'Lyon',
        linkedinUrl: alumnusProfile.linkedinUrl,
      });
    });

    it('refuses a visibility for a field the role does not have', async () => {
      const alumnus = await person(Role.Alumnus);
      const error = await failure(
        updateMine(alumnus, { visibility: [{ field: 'goals', visibility: 'staff' }] }),
      );
      expect(fieldsOf(error)).toEqual(['visibility.0.field']);
    });

    it('answers 404 for an unknown account', async () => {
      const student = await person(Role.Student);
      const error = await failure(
        profiles.call(GET_PROFILE, { accountId: '5b0f4a8e-1c1d-4c2e-9a55-3f2b7d6e8a10' }, student),
      );
      expect(error.code).toBe(ErrorCode.NOT_FOUND);
    });
  });

  describe('photos', () => {
    const webp = () =>
      sharpModule({ create: { width: 256, height: 256, channels: 3, background: '#336699' } })
        .webp()
        .toBuffer();

    it('stores a WebP and serves it to readers the owner allows', async () => {
      const alumnus = await person(Role.Alumnus);
      const student = await person(Role.Student);
      const content = await webp();
      const photo = await profiles.call<PhotoView>(
        UPDATE_MY_PHOTO,
        { mimeType: 'image/webp', contentBase64: content.toString('base64') },
        alumnus,
      );
      expect(photo.photoUrl).toMatch(`/api/v1/profiles/${alumnus.userId}/photo?v=`);
      const served = await profiles.call<ProfilePhotoContent>(
        GET_PROFILE_PHOTO,
        { accountId: alumnus.userId },
        student,
      );
      expect(Buffer.from(served.contentBase64, 'base64').equals(content)).toBe(true);
      expect((await mine(alumnus)).photoUrl).toBe(photo.photoUrl);

      await updateMine(alumnus, { visibility: [{ field: 'photo', visibility: 'staff' }] });
      const hidden = await failure(profiles.call(GET_PROFILE_PHOTO, { accountId: alumnus.userId }, student));
      expect(hidden.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('refuses content that is not a WebP, whatever it claims', async () => {
      const alumnus = await person(Role.Alumnus);
      const error = await failure(
        profiles.call(
          UPDATE_MY_PHOTO,
          { mimeType: 'image/webp', contentBase64: Buffer.from('%PDF-1.7 not an image').toString('base64') },
          alumnus,
        ),
      );
      expect(fieldsOf(error)).toEqual(['contentBase64']);
      expect((await mine(alumnus)).photoUrl).toBeNull();
    });
  });

  describe('personal data', () => {
    const tablesWith = async (accountId: string) => {
      const tables = [
        'alumnus_profiles',
        'student_profiles',
        'staff_profiles',
        'smart_goals',
        'availability_slots',
        'profile_photos',
        'person_skills',
        'profile_tags',
      ];
      const found: string[] = [];
      for (const table of tables) {
        const rows = await profiles.sql(`SELECT 1 FROM profiles.${table} WHERE account_id = $1`, [accountId]);
        if (rows.length > 0) found.push(table);
      }
      return found;
    };

    it('exports the whole profile and erases it with the account, keeping tags others still use', async () => {
      const registration = aRegistration({ role: 'student', displayName: 'Zoé Effacée' });
      const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
      const student: ActorRef = { userId: account.id, role: Role.Student };
      const other = await person(Role.Student);
      await updateMine(other, { tags: ['Escalade'] });
      await updateMine(student, {
        tags: ['escalade', 'Zoé fan club'],
        student: {
          gaps: 'Réseau',
          offersReverseMentoring: true,
          reverseMentoringOffer: ['social-networks'],
          skillIdsToDevelop: ['sql'],
          goals: [
            { title: 'Stage', specific: 'Postuler', measurable: '10 candidatures', targetDate: '2099-01-01' },
          ],
        },
      });
      await profiles.call(
        UPDATE_MY_AVAILABILITY,
        { timeZone: 'Europe/Paris', slots: [{ weekday: 1, startMinute: 600, endMinute: 660 }] },
        student,
      );
      const webp = await sharpModule({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .webp()
        .toBuffer();
      await profiles.call(
        UPDATE_MY_PHOTO,
        { mimeType: 'image/webp', contentBase64: webp.toString('base64') },
        student,
      );

      const exported = await profiles.call<PersonalDataExport>(EXPORT_MY_DATA, {}, student);
      expect(exported.parts.profile).toMatchObject({
        role: 'student',
        student: {
          gaps: 'Réseau',
          offersReverseMentoring: true,
          reverseMentoringOffer: ['social-networks'],
          goals: [{ title: 'Stage' }],
          skillsToDevelop: [{ id: 'sql' }],
        },
        availability: [{ weekday: 1, startMinute: 600, endMinute: 660 }],
        photo: { mimeType: 'image/webp', contentBase64: webp.toString('base64') },
      });
      expect(await tablesWith(account.id)).toHaveLength(6);

      await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: registration.password }, student);
      expect(await tablesWith(account.id)).toEqual([]);
      const tags = await profiles.sql<{ label: string }>(
        `SELECT label FROM profiles.tags WHERE label IN ('escalade', 'zoe fan club')`,
      );
      expect(tags.map((tag) => tag.label)).toEqual(['escalade']);
    });
  });
});
