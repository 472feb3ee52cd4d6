import type { EntityManager } from 'typeorm';
import { AccountStatus, Role } from '@passerelle/contracts';
import { DirectoryIndexer } from '../../directory/directory-indexer.js';
import type { DemoAlumnus, DemoStudent } from './demo-people.js';

/** Rows per statement: large enough to be fast, small enough to keep each JSON parameter a few MB. */
const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/** Inserts rows given as JSON objects: one statement per chunk, however many rows. */
async function insertJson(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: readonly object[],
  onConflict = '',
  returning = '',
): Promise<{ id: string }[]> {
  const names = Object.keys(columns);
  const definition = names.map((name) => `"${name}" ${columns[name]}`).join(', ');
  const list = names.map((name) => `"${name}"`).join(', ');
  const inserted: { id: string }[] = [];
  for (const chunk of chunks(rows)) {
    const result = (await manager.query(
      `INSERT INTO profiles.${table} (${list})
       SELECT ${list} FROM json_to_recordset($1::json) AS source(${definition}) ${onConflict} ${returning}`,
      [JSON.stringify(chunk)],
    )) as { id: string }[];
    if (returning) inserted.push(...result);
  }
  return inserted;
}

/**
 * Onboarding rows matching each generated mentor's standing, so that the
 * approval queue, the mentor status and the directory agree: an available
 * mentor was approved, accepted the current charter and passed every module;
 * an unavailable one was approved but let the training expire; pending and
 * suspended ones are waiting or were stopped by staff.
 */
async function loadMentorStandings(manager: EntityManager, alumni: readonly DemoAlumnus[]): Promise<void> {
  const mentors = alumni.map((person) => ({
    account_id: person.id,
    status:
      person.standing === 'available' || person.standing === 'unavailable' ? 'approved' : person.standing,
    available: person.standing === 'available',
    requested_at: person.createdAt,
    decided_at: person.standing === 'pending' ? null : person.createdAt,
    decision_reason: person.standing === 'suspended' ? 'Démo : suspendu après un signalement' : null,
  }));
  await insertJson(
    manager,
    'mentors',
    {
      account_id: 'uuid',
      status: 'profiles.mentor_status',
      available: 'boolean',
      requested_at: 'timestamptz',
      decided_at: 'timestamptz',
      decision_reason: 'text',
    },
    mentors,
  );
  const approved = alumni.filter(
    (person) => person.standing === 'available' || person.standing === 'unavailable',
  );
  const ids = approved.map((person) => person.id);
  await manager.query(
    `INSERT INTO profiles.charter_acceptances (account_id, version)
     SELECT account_id, current.version
     FROM unnest($1::uuid[]) AS account_id
     CROSS JOIN (SELECT max(version) AS version FROM profiles.charter_versions) current
     WHERE current.version IS NOT NULL`,
    [ids],
  );
  const expired = approved.filter((person) => person.standing === 'unavailable').map((person) => person.id);
  await manager.query(
    `INSERT INTO profiles.training_completions
       (account_id, module_id, correct_answers, question_count, passed_at, valid_until)
     SELECT mentor.account_id, module.id, jsonb_array_length(module.questions), jsonb_array_length(module.questions),
       now() - CASE WHEN mentor.expired THEN interval '14 months' ELSE interval '2 months' END,
       now() + CASE WHEN mentor.expired THEN interval '-2 months' ELSE interval '10 months' END
     FROM (SELECT account_id, account_id = ANY($2::uuid[]) AS expired FROM unnest($1::uuid[]) AS account_id) mentor
     CROSS JOIN profiles.training_modules module`,
    [ids, expired],
  );
}

/**
 * Loads a generated population with a few bulk statements (not one save per
 * person), then builds their directory documents in one statement. People
 * whose email exists already are skipped with everything they own, so loading
 * twice changes nothing. Generated people have no password: they are there to
 * be found, and the demo logins are the short list in demo-accounts.ts.
 * Returns the people it loaded (not those skipped).
 */
export interface DemoPopulation {
  alumni: DemoAlumnus[];
  students: DemoStudent[];
}

export async function loadDemoPopulation(
  manager: EntityManager,
  population: DemoPopulation,
): Promise<DemoPopulation> {
  const people = [
    ...population.alumni.map((person) => ({ ...person, role: Role.Alumnus })),
    ...population.students.map((person) => ({ ...person, role: Role.Student })),
  ];
  const created = await insertJson(
    manager,
    'accounts',
    {
      id: 'uuid',
      email: 'varchar',
      display_name: 'varchar',
      role: 'profiles.account_role',
      locale: 'profiles.account_locale',
      time_zone: 'varchar',
      status: 'profiles.account_status',
      created_at: 'timestamptz',
      last_active_at: 'timestamptz',
    },
    people.map((person) => ({
      id: person.id,
      email: person.email,
      display_name: person.displayName,
      role: person.role,
      locale: person.locale,
      time_zone: person.timeZone,
      status: AccountStatus.Active,
      created_at: person.createdAt,
      last_active_at: person.lastActiveAt,
    })),
    'ON CONFLICT DO NOTHING',
    'RETURNING id',
  );
  const isNew = new Set(created.map((row) => row.id));
  const alumni = population.alumni.filter((person) => isNew.has(person.id));
  const students = population.students.filter((person) => isNew.has(person.id));

  await insertJson(
    manager,
    'alumnus_profiles',
    {
      account_id: 'uuid',
      graduation_year: 'smallint',
      programme: 'varchar',
      employer: 'varchar',
      job_title: 'varchar',
      sector: 'varchar',
      city: 'varchar',
      country: 'char(2)',
      years_of_experience: 'smallint',
      languages: 'varchar[]',
      bio: 'text',
      topics: 'varchar[]',
      formats: 'varchar[]',
      capacity: 'smallint',
      open_to_reverse_mentoring: 'boolean',
      reverse_mentoring_topics: 'varchar[]',
      offers_reverse_mentoring: 'boolean',
      reverse_mentoring_offer: 'varchar[]',
    },
    alumni.map((person) => ({
      account_id: person.id,
      graduation_year: person.graduationYear,
      programme: person.programme,
      employer: person.employer,
      job_title: person.jobTitle,
      sector: person.sector,
      city: person.city,
      country: person.country,
      years_of_experience: person.yearsOfExperience,
      languages: person.languages,
      bio: person.bio,
      topics: person.topics,
      formats: person.formats,
      capacity: person.capacity,
      open_to_reverse_mentoring: person.openToReverseMentoring,
      reverse_mentoring_topics: person.reverseMentoringTopics,
      offers_reverse_mentoring: person.offersReverseMentoring,
      reverse_mentoring_offer: person.reverseMentoringOffer,
    })),
  );
  await insertJson(
    manager,
    'student_profiles',
    {
      account_id: 'uuid',
      programme: 'varchar',
      expected_graduation_year: 'smallint',
      target_roles: 'varchar[]',
      target_sectors: 'varchar[]',
      languages: 'varchar[]',
      preferred_formats: 'varchar[]',
      city: 'varchar',
      country: 'char(2)',
      job_search_stage: 'varchar',
      strengths: 'varchar',
      gaps: 'varchar',
      mentor_expectations: 'varchar',
      offers_reverse_mentoring: 'boolean',
      reverse_mentoring_offer: 'varchar[]',
    },
    students.map((person) => ({
      account_id: person.id,
      programme: person.programme,
      expected_graduation_year: person.expectedGraduationYear,
      target_roles: person.targetRoles,
      target_sectors: person.targetSectors,
      languages: person.languages,
      preferred_formats: person.preferredFormats,
      city: person.city,
      country: person.country,
      job_search_stage: person.jobSearchStage,
      strengths: person.strengths,
      gaps: person.gaps,
      mentor_expectations: person.mentorExpectations,
      offers_reverse_mentoring: person.offersReverseMentoring,
      reverse_mentoring_offer: person.reverseMentoringOffer,
    })),
  );
  await insertJson(manager, 'person_skills', { account_id: 'uuid', skill_id: 'varchar', kind: 'varchar' }, [
    ...alumni.flatMap((person) =>
      person.skillIds.map((skillId) => ({ account_id: person.id, skill_id: skillId, kind: 'has' })),
    ),
    ...students.flatMap((person) =>
      person.skillIdsToDevelop.map((skillId) => ({
        account_id: person.id,
        skill_id: skillId,
        kind: 'to-develop',
      })),
    ),
  ]);
  await insertJson(
    manager,
    'availability_slots',
    { account_id: 'uuid', weekday: 'smallint', start_minute: 'smallint', end_minute: 'smallint' },
    [...alumni, ...students].flatMap((person) =>
      person.availability.map((slot) => ({
        account_id: person.id,
        weekday: slot.weekday,
        start_minute: slot.startMinute,
        end_minute: slot.endMinute,
      })),
    ),
  );
  await insertJson(
    manager,
    'mentor_activity',
    { account_id: 'uuid', active_mentees: 'smallint', median_response_hours: 'real' },
    alumni.map((person) => ({
      account_id: person.id,
      active_mentees: person.activeMentees,
      median_response_hours: person.medianResponseHours,
    })),
  );
  await loadMentorStandings(manager, alumni);
  await DirectoryIndexer.refreshMany(
    manager,
    alumni.map((person) => person.id),
  );
  return { alumni, students };
}
