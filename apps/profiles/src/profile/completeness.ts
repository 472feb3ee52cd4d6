import { Role, type PersonProfileView, type ProfileCompleteness } from '@passerelle/contracts';

type Check = [item: string, done: (view: PersonProfileView) => boolean];

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null;

const common: Check[] = [
  ['photo', (view) => filled(view.photoUrl)],
  ['availability', (view) => filled(view.availability)],
];

/** What a mentor's profile needs to be found and chosen; each item weighs the same. */
const alumnusChecks: Check[] = [
  ...common,
  ['graduationYear', (view) => filled(view.alumnus?.graduationYear)],
  ['programme', (view) => filled(view.alumnus?.programme)],
  ['employer', (view) => filled(view.alumnus?.employer)],
  ['jobTitle', (view) => filled(view.alumnus?.jobTitle)],
  ['sector', (view) => filled(view.alumnus?.sector)],
  ['location', (view) => filled(view.alumnus?.city) && filled(view.alumnus?.country)],
  ['languages', (view) => filled(view.alumnus?.languages)],
  ['skills', (view) => filled(view.alumnus?.skills)],
  ['linkedinUrl', (view) => filled(view.alumnus?.linkedinUrl)],
  ['bio', (view) => filled(view.alumnus?.bio)],
  ['topics', (view) => filled(view.alumnus?.topics)],
  ['formats', (view) => filled(view.alumnus?.formats)],
];

/** What matching needs to know of a student: targets, needs assessment and at least one goal. */
const studentChecks: Check[] = [
  ...common,
  ['programme', (view) => filled(view.student?.programme)],
  ['expectedGraduationYear', (view) => filled(view.student?.expectedGraduationYear)],
  ['location', (view) => filled(view.student?.city) && filled(view.student?.country)],
  ['languages', (view) => filled(view.student?.languages)],
  ['targetRoles', (view) => filled(view.student?.targetRoles)],
  ['targetSectors', (view) => filled(view.student?.targetSectors)],
  ['skillsToDevelop', (view) => filled(view.student?.skillsToDevelop)],
  ['preferredFormats', (view) => filled(view.student?.preferredFormats)],
  ['jobSearchStage', (view) => filled(view.student?.jobSearchStage)],
  ['strengths', (view) => filled(view.student?.strengths)],
  ['gaps', (view) => filled(view.student?.gaps)],
  ['mentorExpectations', (view) => filled(view.student?.mentorExpectations)],
  ['goals', (view) => filled(view.student?.goals)],
];

const staffChecks: Check[] = [
  ['photo', (view) => filled(view.photoUrl)],
  ['department', (view) => filled(view.staff?.department)],
];

function checksFor(role: Role): Check[] {
  switch (role) {
    case Role.Alumnus:
      return alumnusChecks;
    case Role.Student:
      return studentChecks;
    case Role.Staff:
    case Role.Admin:
      return staffChecks;
  }
}

/**
 * How complete a profile is, from 0 to 100, and the items still missing, in
 * the order the profile form asks for them. Reads the owner's full view.
 */
export function profileCompleteness(view: PersonProfileView): ProfileCompleteness {
  const checks = checksFor(view.role);
  const missing = checks.filter(([, done]) => !done(view)).map(([item]) => item);
  const score = Math.round((100 * (checks.length - missing.length)) / checks.length);
  return { score, missing };
}
