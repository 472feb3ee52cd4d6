import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  Role,
  visibilityFieldsFor,
  type AlumnusProfileInput,
  type AvailabilityView,
  type FieldError,
  type FieldVisibilityInput,
  type MyProfileView,
  type PersonProfileView,
  type SmartGoalInput,
  type StaffProfileInput,
  type StudentProfileInput,
  type UpdateMyAvailabilityRequest,
  type UpdateMyProfileRequest,
  type Visibility,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { auditActor, AuditTrail } from '../audit/audit-trail.js';
import { isStaff } from '../common/require-staff.js';
import { SkillsService } from '../taxonomy/skills.service.js';
import { TagsService } from '../taxonomy/tags.service.js';
import { DATA_SOURCE } from '../tokens.js';
import { AlumnusProfile } from './alumnus-profile.entity.js';
import { findSlotProblems, sortSlots } from './availability-rules.js';
import { AvailabilitySlotRow } from './availability-slot.entity.js';
import { viewFor } from './field-visibility.js';
import { profileReader } from './profile-reader.js';
import { chosenVisibility, toMyProfileView, toPersonView } from './profile-snapshot.js';
import { ProfileStore } from './profile-store.js';
import { ProfileWriter } from './profile-writer.js';
import { findReverseOfferProblems } from './reverse-mentoring-offer.js';
import { findGoalProblems, localDate } from './smart-goals.js';
import { SmartGoal } from './smart-goal.entity.js';
import { StaffProfile } from './staff-profile.entity.js';
import { StudentProfile } from './student-profile.entity.js';
import { invalidField, validationFailure } from './validation-failure.js';

type Section = 'alumnus' | 'student' | 'staff';
const SECTIONS: Section[] = ['alumnus', 'student', 'staff'];

const sectionOf = (role: Role): Section =>
  role === Role.Alumnus ? 'alumnus' : role === Role.Student ? 'student' : 'staff';

/** Copies the values that were sent (undefined = left out = unchanged; null clears). */
function assignSent<T extends object>(target: T, changes: object): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/** The role section and visibility fields must be those of the profile's role. */
function checkShape(role: Role, request: UpdateMyProfileRequest): void {
  const own = sectionOf(role);
  const problems: FieldError[] = SECTIONS.filter(
    (section) => section !== own && request[section] !== undefined,
  ).map((section) => ({
    field: section,
    messages: [`${section} cannot be set on a ${role} profile; send ${own} instead`],
  }));
  const allowed = new Set<string>(visibilityFieldsFor(role));
  (request.visibility ?? []).forEach((entry, index) => {
    if (!allowed.has(entry.field)) {
      problems.push({
        field: `visibility.${index}.field`,
        messages: [`${entry.field} is not a field of a ${role} profile`],
      });
    }
  });
  if (problems.length > 0) throw validationFailure(problems);
}

/** A reverse-mentoring offer names its topics, and comes from a student or a recent graduate. */
function checkReverseOffer(
  role: Role.Alumnus | Role.Student,
  wasOffering: boolean,
  row: Partial<Pick<AlumnusProfile, 'offersReverseMentoring' | 'reverseMentoringOffer'>>,
  graduationYear: number | null,
): void {
  const offer = {
    offersReverseMentoring: row.offersReverseMentoring ?? false,
    reverseMentoringOffer: row.reverseMentoringOffer ?? [],
  };
  const problems = findReverseOfferProblems(role, wasOffering, offer, graduationYear);
  if (problems.length > 0) throw validationFailure(problems);
}

const withVisibility = (
  current: Partial<Record<string, Visibility>>,
  entries: FieldVisibilityInput[] | undefined,
): Partial<Record<string, Visibility>> => ({
  ...current,
  ...Object.fromEntries((entries ?? []).map((entry) => [entry.field, entry.visibility])),
});

/** Reading and changing profiles: one's own, and others' as their visibility allows. */
@Injectable()
export class ProfileService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly store: ProfileStore,
    private readonly writer: ProfileWriter,
    private readonly skills: SkillsService,
    private readonly tags: TagsService,
    private readonly audit: AuditTrail,
  ) {}

  async getMine(actor: ActorRef): Promise<MyProfileView> {
    const snapshot = await this.store.load(this.dataSource.manager, actor.userId);
    if (!snapshot) throw new DomainError(ErrorCode.NOT_FOUND, 'This account no longer exists');
    return toMyProfileView(snapshot);
  }

  /** Another person's profile, without the fields its owner hides from this reader. */
  async get(actor: ActorRef, accountId: string): Promise<PersonProfileView> {
    const manager = this.dataSource.manager;
    const snapshot = await this.store.load(manager, accountId);
    if (!snapshot) throw new DomainError(ErrorCode.NOT_FOUND, 'No profile has this id', { accountId });
    const reader = await profileReader(manager, actor, accountId);
    return viewFor(reader, toPersonView(snapshot), chosenVisibility(snapshot));
  }

  /** Changes a profile: one's own, or anyone's for staff. */
  async update(actor: ActorRef, accountId: string, request: UpdateMyProfileRequest): Promise<MyProfileView> {
    const byStaff = actor.userId !== accountId;
    if (byStaff && !isStaff(actor)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You can only edit your own profile');
    }
    const snapshot = await this.writer.write(accountId, async (manager, account) => {
      checkShape(account.role, request);
      if (request.timeZone !== undefined && request.timeZone !== account.timeZone) {
        await manager.update(Account, { id: account.id }, { timeZone: request.timeZone });
      }
      if (request.alumnus) await this.applyAlumnus(manager, account, request.alumnus, request.visibility);
      else if (request.student)
        await this.applyStudent(manager, account, request.student, request.visibility);
      else if (request.staff) await this.applyStaff(manager, account, request.staff);
      else if (request.visibility) await this.applyVisibilityOnly(manager, account, request.visibility);
      if (request.tags) await this.tags.replace(manager, account.id, request.tags);
      if (byStaff) {
        // Which parts changed, not their values: the profile itself says what they are now.
        const changed = Object.entries(request)
          .filter(([, value]) => value !== undefined)
          .flatMap(([key, value]) =>
            SECTIONS.includes(key as Section)
              ? Object.keys(value as object).map((field) => `${key}.${field}`)
              : [key],
          );
        await this.audit.record(manager, {
          ...auditActor(actor),
          action: 'profile.edited-by-staff',
          subjectId: account.id,
          details: { changed },
        });
      }
    });
    return toMyProfileView(snapshot);
  }

  /** Replaces the weekly slots (and sets the zone they are in). */
  async updateAvailability(actor: ActorRef, request: UpdateMyAvailabilityRequest): Promise<AvailabilityView> {
    const problems = findSlotProblems(request.slots);
    if (problems.length > 0) throw validationFailure(problems);
    const snapshot = await this.writer.write(actor.userId, async (manager, account) => {
      if (request.timeZone !== account.timeZone) {
        await manager.update(Account, { id: account.id }, { timeZone: request.timeZone });
      }
      await manager.delete(AvailabilitySlotRow, { accountId: account.id });
      const slots = sortSlots(request.slots).map(({ weekday, startMinute, endMinute }) => ({
        accountId: account.id,
        weekday,
        startMinute,
        endMinute,
      }));
      if (slots.length > 0) await manager.insert(AvailabilitySlotRow, slots);
    });
    return { timeZone: snapshot.account.timeZone, slots: snapshot.slots };
  }

  private async applyAlumnus(
    manager: EntityManager,
    account: Account,
    input: AlumnusProfileInput,
    visibility: FieldVisibilityInput[] | undefined,
  ): Promise<void> {
    const { skillIds, ...fields } = input;
    const thisYear = new Date().getUTCFullYear();
    if (fields.graduationYear != null && fields.graduationYear > thisYear) {
      throw invalidField('alumnus.graduationYear', `graduationYear must not be after ${thisYear}`);
    }
    const row =
      (await manager.findOneBy(AlumnusProfile, { accountId: account.id })) ??
      manager.create(AlumnusProfile, { accountId: account.id, fieldVisibility: {} });
    const wasOffering = row.offersReverseMentoring ?? false;
    assignSent(row, fields);
    checkReverseOffer(Role.Alumnus, wasOffering, row, row.graduationYear ?? null);
    row.fieldVisibility = withVisibility(row.fieldVisibility, visibility);
    await manager.save(row);
    if (skillIds) await this.skills.replace(manager, account.id, 'has', skillIds, 'alumnus.skillIds');
  }

  private async applyStudent(
    manager: EntityManager,
    account: Account,
    input: StudentProfileInput,
    visibility: FieldVisibilityInput[] | undefined,
  ): Promise<void> {
    const { skillIdsToDevelop, goals, ...fields } = input;
    const row =
      (await manager.findOneBy(StudentProfile, { accountId: account.id })) ??
      manager.create(StudentProfile, { accountId: account.id, fieldVisibility: {} });
    assignSent(row, fields);
    checkReverseOffer(Role.Student, false, row, null);
    row.fieldVisibility = withVisibility(row.fieldVisibility, visibility);
    await manager.save(row);
    if (skillIdsToDevelop) {
      await this.skills.replace(
        manager,
        account.id,
        'to-develop',
        skillIdsToDevelop,
        'student.skillIdsToDevelop',
      );
    }
    if (goals) await this.replaceGoals(manager, account, goals);
  }

  private async applyStaff(
    manager: EntityManager,
    account: Account,
    input: StaffProfileInput,
  ): Promise<void> {
    const row =
      (await manager.findOneBy(StaffProfile, { accountId: account.id })) ??
      manager.create(StaffProfile, { accountId: account.id });
    assignSent(row, input);
    await manager.save(row);
  }

  /** Visibility sent without the role section still needs the role's row to live on. */
  private async applyVisibilityOnly(
    manager: EntityManager,
    account: Account,
    visibility: FieldVisibilityInput[],
  ): Promise<void> {
    if (account.role === Role.Alumnus) await this.applyAlumnus(manager, account, {}, visibility);
    if (account.role === Role.Student) await this.applyStudent(manager, account, {}, visibility);
  }

  /** The list sent becomes the student's goals: kept by id, new ones added, the rest deleted. */
  private async replaceGoals(
    manager: EntityManager,
    account: Account,
    goals: SmartGoalInput[],
  ): Promise<void> {
    const stored = await manager.findBy(SmartGoal, { accountId: account.id });
    const problems = findGoalProblems(goals, stored, localDate(account.timeZone, new Date()));
    if (problems.length > 0) throw validationFailure(problems);
    const keptIds = goals.flatMap((goal) => (goal.id ? [goal.id] : []));
    await manager.delete(SmartGoal, {
      accountId: account.id,
      ...(keptIds.length && { id: Not(In(keptIds)) }),
    });
    for (const { id, title, specific, measurable, targetDate, status } of goals) {
      const values = { title, specific, measurable, targetDate, ...(status && { status }) };
      if (id) await manager.update(SmartGoal, { id, accountId: account.id }, values);
      else await manager.insert(SmartGoal, { accountId: account.id, ...values });
    }
  }
}
