import { Role } from '../common/role.js';
import type { Visibility } from './profile-codes.js';

/**
 * The profile fields whose visibility the owner chooses. One code may cover
 * several values (`location` is city and country; `needsAssessment` is the
 * job-search stage, strengths, gaps and expectations).
 */
export const ALUMNUS_VISIBILITY_FIELDS = [
  'photo',
  'graduationYear',
  'programme',
  'employer',
  'jobTitle',
  'location',
  'yearsOfExperience',
  'languages',
  'skills',
  'tags',
  'linkedinUrl',
  'bio',
  'availability',
] as const;

export const STUDENT_VISIBILITY_FIELDS = [
  'photo',
  'programme',
  'expectedGraduationYear',
  'location',
  'languages',
  'targetRoles',
  'targetSectors',
  'skillsToDevelop',
  'tags',
  'preferredFormats',
  'needsAssessment',
  'goals',
  'availability',
] as const;

export type AlumnusVisibilityField = (typeof ALUMNUS_VISIBILITY_FIELDS)[number];
export type StudentVisibilityField = (typeof STUDENT_VISIBILITY_FIELDS)[number];
export type ProfileField = AlumnusVisibilityField | StudentVisibilityField;

export const PROFILE_FIELDS: readonly ProfileField[] = [
  ...new Set<ProfileField>([...ALUMNUS_VISIBILITY_FIELDS, ...STUDENT_VISIBILITY_FIELDS]),
];

/**
 * Visibility when the owner has not chosen: what a mentor offers is public to
 * members; contact details and a student's self-assessment and goals are kept
 * for mentoring partners.
 */
export const DEFAULT_FIELD_VISIBILITY: Readonly<Record<ProfileField, Visibility>> = {
  photo: 'everyone',
  graduationYear: 'everyone',
  programme: 'everyone',
  employer: 'everyone',
  jobTitle: 'everyone',
  location: 'everyone',
  yearsOfExperience: 'everyone',
  languages: 'everyone',
  skills: 'everyone',
  tags: 'everyone',
  linkedinUrl: 'mentoring-partners',
  bio: 'everyone',
  availability: 'everyone',
  expectedGraduationYear: 'everyone',
  targetRoles: 'everyone',
  targetSectors: 'everyone',
  skillsToDevelop: 'everyone',
  preferredFormats: 'everyone',
  needsAssessment: 'mentoring-partners',
  goals: 'mentoring-partners',
};

/** The fields a person of this role can set a visibility for (staff profiles are visible to members). */
export function visibilityFieldsFor(role: Role): readonly ProfileField[] {
  if (role === Role.Alumnus) return ALUMNUS_VISIBILITY_FIELDS;
  if (role === Role.Student) return STUDENT_VISIBILITY_FIELDS;
  return [];
}

/** The effective visibility of every field of a role, from the owner's choices (unknown keys ignored). */
export function effectiveVisibility(
  role: Role,
  chosen: Partial<Record<string, Visibility>>,
): Partial<Record<ProfileField, Visibility>> {
  const result: Partial<Record<ProfileField, Visibility>> = {};
  for (const field of visibilityFieldsFor(role)) {
    result[field] = chosen[field] ?? DEFAULT_FIELD_VISIBILITY[field];
  }
  return result;
}
