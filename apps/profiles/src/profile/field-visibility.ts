import {
  effectiveVisibility,
  type Role,
  type PersonProfileView,
  type ProfileField,
  type Visibility,
} from '@passerelle/contracts';
import { isStaff } from '../common/require-staff.js';

/**
 * How the reader of a profile relates to its owner. A partner is a member
 * in a mentorship with the owner that is active or paused (as mentor or
 * mentee).
 */
export type Reader = 'owner' | 'staff' | 'partner' | 'member';

/** `partners`: whether the reader and the owner are mentoring partners (asked only of members). */
export function readerOf(reader: { userId: string; role: Role }, ownerId: string, partners = false): Reader {
  if (reader.userId === ownerId) return 'owner';
  if (isStaff(reader)) return 'staff';
  return partners ? 'partner' : 'member';
}

/**
 * Whether a reader may see a field with this visibility. The owner and staff
 * see everything; mentoring partners what is for partners or everyone; other
 * members what is for everyone.
 */
export function mayRead(reader: Reader, visibility: Visibility): boolean {
  switch (reader) {
    case 'owner':
    case 'staff':
      return true;
    case 'partner':
      return visibility !== 'staff';
    case 'member':
      return visibility === 'everyone';
  }
}

type Section = 'alumnus' | 'student';

/** Where each visibility field lives in the view. */
const FIELD_PLACES: Record<ProfileField, { root?: (keyof PersonProfileView)[]; section?: string[] }> = {
  photo: { root: ['photoUrl'] },
  tags: { root: ['tags'] },
  availability: { root: ['availability'] },
  graduationYear: { section: ['graduationYear'] },
  programme: { section: ['programme'] },
  employer: { section: ['employer'] },
  jobTitle: { section: ['jobTitle'] },
  location: { section: ['city', 'country'] },
  yearsOfExperience: { section: ['yearsOfExperience'] },
  languages: { section: ['languages'] },
  skills: { section: ['skills'] },
  linkedinUrl: { section: ['linkedinUrl'] },
  bio: { section: ['bio'] },
  expectedGraduationYear: { section: ['expectedGraduationYear'] },
  targetRoles: { section: ['targetRoles'] },
  targetSectors: { section: ['targetSectors'] },
  skillsToDevelop: { section: ['skillsToDevelop'] },
  preferredFormats: { section: ['preferredFormats'] },
  needsAssessment: { section: ['jobSearchStage', 'strengths', 'gaps', 'mentorExpectations'] },
  goals: { section: ['goals'] },
};

/**
 * The profile as this reader may see it: every field the owner hides from
 * them is left out (not nulled, so "hidden" and "empty" stay distinct to the
 * owner only). Staff-internal facts of a staff profile are for staff only.
 */
export function viewFor(
  reader: Reader,
  full: PersonProfileView,
  chosen: Partial<Record<string, Visibility>>,
): PersonProfileView {
  if (reader === 'owner' || reader === 'staff') return full;
  const view: PersonProfileView = structuredClone(full);
  const section: Section | null = view.alumnus ? 'alumnus' : view.student ? 'student' : null;
  const visibilities = effectiveVisibility(full.role, chosen);
  for (const [field, visibility] of Object.entries(visibilities) as [ProfileField, Visibility][]) {
    if (mayRead(reader, visibility)) continue;
    const place = FIELD_PLACES[field];
    for (const key of place.root ?? []) delete view[key];
    const target = section ? (view[section] as Record<string, unknown> | undefined) : undefined;
    for (const key of place.section ?? []) if (target) delete target[key];
  }
  if (view.staff) {
    delete view.staff.canRunProgrammes;
    delete view.staff.canRunEvents;
  }
  return view;
}
