import {
  ACCEPT_CHARTER,
  APPROVE_MENTOR,
  ErrorCode,
  GET_CHARTER_ACCEPTANCE,
  GET_CURRENT_CHARTER,
  GET_MENTOR_FOR_STAFF,
  GET_MY_ONBOARDING,
  PUBLISH_CHARTER,
  type CharterAcceptanceStatusReply,
  type CharterAcceptanceView,
  type CharterVersionView,
  type CurrentCharterView,
  type MentorQueueEntry,
  type MyOnboardingView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import type { DataSource } from 'typeorm';
import { hasAcceptedCurrentCharter } from '../src/onboarding/charter.service.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { aStaffMember, onboardingSteps } from './onboarding-helpers.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

const newCharter = {
  bodyFr: '# Charte v2\n\nLa confidentialité, le respect et la disponibilité restent au cœur du mentorat.',
  bodyEn: '# Charter v2\n\nConfidentiality, respect and availability remain at the heart of mentoring.',
};

describe('the ethics and confidentiality charter', () => {
  const profiles = useProfilesHarness();
  const steps = onboardingSteps(profiles);
  const staff = aStaffMember();

  const current = (actor: ActorRef) => profiles.call<CurrentCharterView>(GET_CURRENT_CHARTER, {}, actor);
  const accept = (actor: ActorRef, version: number) =>
    profiles.call<CharterAcceptanceView>(ACCEPT_CHARTER, { version }, actor);
  const publish = (actor: ActorRef, body = newCharter) =>
    profiles.call<CharterVersionView>(PUBLISH_CHARTER, body, actor);

  it('starts with a seeded first version in French and English', async () => {
    const student = await steps.register('student');
    const charter = await current(student);
    expect(charter).toMatchObject({ version: 1, acceptedVersion: null, acceptedAt: null });
    expect(charter.bodyFr).toContain('Confidentialité');
    expect(charter.bodyEn).toContain('No recruitment pressure');
  });

  it('records an acceptance once: accepting again returns the first one', async () => {
    const student = await steps.register('student');
    const { version } = await current(student);
    const first = await accept(student, version);
    const second = await accept(student, version);
    expect(second).toEqual(first);
    expect(await current(student)).toMatchObject({ acceptedVersion: version, acceptedAt: first.acceptedAt });
    const rows = await profiles.sql('SELECT * FROM profiles.charter_acceptances WHERE account_id = $1', [
      student.userId,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('refuses publishing to a student or an alumnus, and publishes nothing', async () => {
    const before = await current(staff);
    for (const role of ['student', 'alumnus'] as const) {
      const person = await steps.register(role);
      expect((await failure(publish(person))).code).toBe(ErrorCode.FORBIDDEN);
    }
    expect((await current(staff)).version).toBe(before.version);
  });

  it('names a body that is too short', async () => {
    const error = await failure(publish(staff, { ...newCharter, bodyEn: 'Too short' }));
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(error.details)).toContain('bodyEn');
  });

  it('refuses acceptance from staff: the charter binds mentors and mentees', async () => {
    expect((await failure(accept(staff, 1))).code).toBe(ErrorCode.FORBIDDEN);
  });

  it('publishes the next version: mentors become unavailable until they accept it, and it is announced and audited', async () => {
    const mentor = await steps.readyMentor();
    await profiles.call<MentorQueueEntry>(APPROVE_MENTOR, { accountId: mentor.userId }, staff);
    const student = await steps.register('student');
    await steps.acceptCurrentCharter(student);
    const manager = profiles.service.get<DataSource>(DATA_SOURCE).manager;
    expect(await hasAcceptedCurrentCharter(manager, student.userId)).toBe(true);
    const oldVersion = (await current(student)).version;

    const published = await publish(staff);
    expect(published.version).toBe(oldVersion + 1);

    // Everyone's acceptance is now out of date.
    expect(await hasAcceptedCurrentCharter(manager, student.userId)).toBe(false);
    expect(await current(student)).toMatchObject({ acceptedVersion: oldVersion, acceptedAt: null });
    const entry = await profiles.call<MentorQueueEntry>(
      GET_MENTOR_FOR_STAFF,
      { accountId: mentor.userId },
      staff,
    );
    expect(entry).toMatchObject({ status: 'approved', available: false });
    expect(entry.charter).toMatchObject({
      acceptedVersion: oldVersion,
      currentVersion: published.version,
      current: false,
    });
    expect(await steps.mentorEvents(mentor.userId)).toEqual(['approved', 'available', 'unavailable']);
    const onboarding = await profiles.call<MyOnboardingView>(GET_MY_ONBOARDING, {}, mentor);
    expect(onboarding.missing).toEqual(['charter']);

    // Accepting an old version is refused, with what to do instead.
    const stale = await failure(accept(mentor, oldVersion));
    expect(stale.code).toBe(ErrorCode.CONFLICT);
    expect(stale.message).toContain(`read version ${published.version}`);

    // Accepting the new one makes the mentor available again.
    await accept(mentor, published.version);
    expect(await steps.mentorEvents(mentor.userId)).toEqual([
      'approved',
      'available',
      'unavailable',
      'available',
    ]);

    const [audit] = await profiles.sql<{ actor_id: string; object_id: string }>(
      `SELECT actor_id, object_id FROM profiles.audit_entries WHERE action = 'charter.published'`,
    );
    expect(audit).toMatchObject({ actor_id: staff.userId, object_id: String(published.version) });
  });

  it('tells other services who accepted the current version, in the order asked', async () => {
    const signed = await steps.register('student');
    const unsigned = await steps.register('alumnus');
    await steps.acceptCurrentCharter(signed);
    const reply = await profiles.call<CharterAcceptanceStatusReply>(GET_CHARTER_ACCEPTANCE, {
      accountIds: [unsigned.userId, signed.userId],
    });
    expect(reply.items).toEqual([
      { accountId: unsigned.userId, acceptedCurrent: false },
      { accountId: signed.userId, acceptedCurrent: true },
    ]);
    const error = await failure(profiles.call(GET_CHARTER_ACCEPTANCE, { accountIds: ['nope'] }));
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('answers 404 for a version that does not exist yet', async () => {
    const student = await steps.register('student');
    const { version } = await current(student);
    expect((await failure(accept(student, version + 5))).code).toBe(ErrorCode.NOT_FOUND);
  });
});
