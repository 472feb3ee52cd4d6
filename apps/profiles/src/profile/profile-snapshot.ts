import {
  effectiveVisibility,
  MENTOR_CAPACITY_DEFAULT,
  photoUrlOf,
  Role,
  type AlumnusProfileView,
  type AvailabilitySlot,
  type FieldVisibilityView,
  type MyProfileView,
  type PersonProfileView,
  type ProfileField,
  type ProfileUpdatedEvent,
  type SkillView,
  type SmartGoalView,
  type StaffProfileView,
  type StudentProfileView,
  type TagView,
  type Visibility,
} from '@passerelle/contracts';
import type { Account } from '../accounts/account.entity.js';
import type { AlumnusProfile } from './alumnus-profile.entity.js';
import { profileCompleteness } from './completeness.js';
import type { SmartGoal } from './smart-goal.entity.js';
import type { StaffProfile } from './staff-profile.entity.js';
import type { StudentProfile } from './student-profile.entity.js';

/** Everything stored about one person's profile, read in one go. */
export interface ProfileSnapshot {
  account: Account;
  alumnus: AlumnusProfile | null;
  student: StudentProfile | null;
  staff: StaffProfile | null;
  skills: SkillView[];
  skillsToDevelop: SkillView[];
  tags: TagView[];
  slots: AvailabilitySlot[];
  goals: SmartGoal[];
  photoUpdatedAt: Date | null;
}

const isStaff = (role: Role): boolean => role === Role.Staff || role === Role.Admin;

/** What a student or a recent graduate offers to teach an alumnus back. */
const reverseMentoringOfferOf = (
  row: Pick<AlumnusProfile | StudentProfile, 'offersReverseMentoring' | 'reverseMentoringOffer'> | null,
) => ({
  offersReverseMentoring: row?.offersReverseMentoring ?? false,
  reverseMentoringOffer: row?.reverseMentoringOffer ?? [],
});

function alumnusView(row: AlumnusProfile | null, skills: SkillView[]): AlumnusProfileView {
  return {
    graduationYear: row?.graduationYear ?? null,
    programme: row?.programme ?? null,
    employer: row?.employer ?? null,
    jobTitle: row?.jobTitle ?? null,
    sector: row?.sector ?? null,
    city: row?.city ?? null,
    country: row?.country ?? null,
    yearsOfExperience: row?.yearsOfExperience ?? null,
    languages: row?.languages ?? [],
    linkedinUrl: row?.linkedinUrl ?? null,
    bio: row?.bio ?? null,
    skills,
    topics: row?.topics ?? [],
    formats: row?.formats ?? [],
    capacity: row?.capacity ?? MENTOR_CAPACITY_DEFAULT,
    openToReverseMentoring: row?.openToReverseMentoring ?? false,
    reverseMentoringTopics: row?.reverseMentoringTopics ?? [],
    ...reverseMentoringOfferOf(row),
  };
}

const goalView = (goal: SmartGoal): SmartGoalView => ({
  id: goal.id,
  title: goal.title,
  specific: goal.specific,
  measurable: goal.measurable,
  targetDate: goal.targetDate,
  status: goal.status,
});

function studentView(
  row: StudentProfile | null,
  skills: SkillView[],
  goals: SmartGoal[],
): StudentProfileView {
  return {
    programme: row?.programme ?? null,
    expectedGraduationYear: row?.expectedGraduationYear ?? null,
    targetRoles: row?.targetRoles ?? [],
    targetSectors: row?.targetSectors ?? [],
    skillsToDevelop: skills,
    languages: row?.languages ?? [],
    preferredFormats: row?.preferredFormats ?? [],
    city: row?.city ?? null,
    country: row?.country ?? null,
    ...reverseMentoringOfferOf(row),
    jobSearchStage: row?.jobSearchStage ?? null,
    strengths: row?.strengths ?? null,
    gaps: row?.gaps ?? null,
    mentorExpectations: row?.mentorExpectations ?? null,
    goals: goals.map(goalView),
  };
}

const staffView = (row: StaffProfile | null): StaffProfileView => ({
  department: row?.department ?? null,
  canRunProgrammes: row?.canRunProgrammes ?? false,
  canRunEvents: row?.canRunEvents ?? false,
});

/** The visibilities the owner chose (defaults apply to the rest). */
export function chosenVisibility(snapshot: ProfileSnapshot): Partial<Record<string, Visibility>> {
  return snapshot.alumnus?.fieldVisibility ?? snapshot.student?.fieldVisibility ?? {};
}

/** The whole profile, nothing hidden (for the owner and staff; others get it through viewFor). */
export function toPersonView(snapshot: ProfileSnapshot): PersonProfileView {
  const { account } = snapshot;
  const row = snapshot.alumnus ?? snapshot.student ?? snapshot.staff;
  return {
    accountId: account.id,
    displayName: account.displayName,
    role: account.role,
    timeZone: account.timeZone,
    photoUrl: snapshot.photoUpdatedAt ? photoUrlOf(account.id, snapshot.photoUpdatedAt) : null,
    tags: snapshot.tags,
    availability: snapshot.slots,
    ...(account.role === Role.Alumnus && { alumnus: alumnusView(snapshot.alumnus, snapshot.skills) }),
    ...(account.role === Role.Student && {
      student: studentView(snapshot.student, snapshot.skillsToDevelop, snapshot.goals),
    }),
    ...(isStaff(account.role) && { staff: staffView(snapshot.staff) }),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export function toMyProfileView(snapshot: ProfileSnapshot): MyProfileView {
  const view = toPersonView(snapshot);
  const visibility = effectiveVisibility(snapshot.account.role, chosenVisibility(snapshot));
  return {
    ...view,
    completeness: profileCompleteness(view),
    visibility: (Object.entries(visibility) as [ProfileField, Visibility][]).map(
      ([field, value]): FieldVisibilityView => ({ field, visibility: value }),
    ),
  };
}

/**
 * The facts matching needs, as of this snapshot. `updatedAt` orders them: a
 * consumer keeps the facts with the latest one (the event's: when it was
 * recorded; the rebuild's: when profiles read them).
 */
export function toProfileUpdatedEvent(
  snapshot: ProfileSnapshot,
  updatedAt = new Date(),
): ProfileUpdatedEvent {
  const { account, alumnus, student } = snapshot;
  const view = toPersonView(snapshot);
  return {
    accountId: account.id,
    role: account.role,
    displayName: account.displayName,
    timeZone: account.timeZone,
    skillIds: (account.role === Role.Student ? snapshot.skillsToDevelop : snapshot.skills).map(
      (skill) => skill.id,
    ),
    sectors: alumnus?.sector ? [alumnus.sector] : (student?.targetSectors ?? []),
    topics: alumnus?.topics ?? [],
    formats: alumnus?.formats ?? student?.preferredFormats ?? [],
    languages: alumnus?.languages ?? student?.languages ?? [],
    country: alumnus?.country ?? student?.country ?? null,
    availability: snapshot.slots,
    capacity: account.role === Role.Alumnus ? (alumnus?.capacity ?? MENTOR_CAPACITY_DEFAULT) : null,
    openToReverseMentoring: alumnus?.openToReverseMentoring ?? false,
    reverseMentoringTopics: alumnus?.reverseMentoringTopics ?? [],
    ...reverseMentoringOfferOf(alumnus ?? student),
    jobTitle: alumnus?.jobTitle ?? null,
    targetRoles: student?.targetRoles ?? [],
    graduationYear: alumnus?.graduationYear ?? student?.expectedGraduationYear ?? null,
    jobSearchStage: student?.jobSearchStage ?? null,
    completeness: profileCompleteness(view).score,
    updatedAt: updatedAt.toISOString(),
  };
}
