import type { EntityManager } from 'typeorm';
import {
  AccountStatus,
  DEFAULT_FIELD_VISIBILITY,
  MENTOR_CAPACITY_DEFAULT,
  Role,
  type ProfileField,
} from '@passerelle/contracts';
import { MEMBER_READABLE_VISIBILITIES } from './directory-audience.js';
import { weightedVectorSql } from './search-vector.js';

/** SQL: whether the alumnus lets every member see this field (their choice, else the default). */
const shownToMembers = (field: ProfileField): string =>
  `(coalesce(p.field_visibility ->> '${field}', $2::jsonb ->> '${field}') = ANY($3::text[]))`;

/**
 * SQL: where the alumnus stands as a mentor, from onboarding's `mentors` row:
 * null (never asked to mentor), pending, rejected, suspended, or, once
 * approved, available / unavailable (charter or training not current).
 */
const MENTOR_STATUS_SQL = `CASE
      WHEN mentor.account_id IS NULL THEN NULL
      WHEN mentor.status = 'approved' THEN CASE WHEN mentor.available THEN 'available' ELSE 'unavailable' END
      ELSE mentor.status::text END`;

/**
 * Members find alumni with an active account who are either available
 * mentors or not mentoring at all (still worth contacting as alumni); mentors
 * who are pending, rejected, suspended or unavailable are for staff only.
 */
const LISTED_FOR_MEMBERS_SQL = `source.account_status = 'active' AND (source.mentor_status IS NULL OR source.mentor_status = 'available')`;

/** SQL: the source column when the audience may see `field` (a ProfileField), else `otherwise`. */
const ifVisible = (column: string, field: ProfileField, otherwise = 'NULL') =>
  `CASE WHEN audience.all_fields OR source."shows:${field}" THEN source.${column} ELSE ${otherwise} END`;

const FIELDS_WITH_VISIBILITY: ProfileField[] = [
  'photo',
  'jobTitle',
  'employer',
  'location',
  'graduationYear',
  'languages',
  'skills',
  'bio',
];

/*
 * One statement builds both documents of every alumnus asked for: the staff
 * document with every field, and, for a listed mentor, the members document
 * with only the fields the alumnus shows to every member. The search vector is
 * put together from the vectors of the visible fields only, so hidden text
 * cannot be found either. The source is materialised so each field's vector is
 * computed once per alumnus, not once per audience (it is most of the cost).
 */
const INSERT_DOCUMENTS_SQL = `
WITH source AS MATERIALIZED (
  SELECT a.id AS account_id, a.display_name, a.time_zone, a.status::text AS account_status, a.last_active_at,
    p.sector, coalesce(p.topics, '{}') AS topics, coalesce(p.formats, '{}') AS formats,
    coalesce(p.capacity, ${MENTOR_CAPACITY_DEFAULT}) AS capacity,
    coalesce(ma.active_mentees, 0) AS active_mentees, ma.median_response_hours,
    ${MENTOR_STATUS_SQL} AS mentor_status,
    photo.updated_at AS photo_updated_at, p.job_title, p.employer, p.city, p.country, p.graduation_year,
    coalesce(p.languages, '{}') AS languages,
    coalesce(skill.ids, '{}') AS skill_ids, coalesce(skill.list, '[]') AS skills,
    ${weightedVectorSql('a.display_name', 'A')} AS name_vector,
    ${weightedVectorSql('p.job_title', 'B')} AS job_title_vector,
    ${weightedVectorSql('p.employer', 'B')} AS employer_vector,
    ${weightedVectorSql('skill.text', 'C')} AS skills_vector,
    ${weightedVectorSql('p.bio', 'D')} AS bio_vector,
    ${FIELDS_WITH_VISIBILITY.map((field) => `${shownToMembers(field)} AS "shows:${field}"`).join(',\n    ')}
  FROM profiles.accounts a
  LEFT JOIN profiles.alumnus_profiles p ON p.account_id = a.id
  LEFT JOIN profiles.mentor_activity ma ON ma.account_id = a.id
  LEFT JOIN profiles.mentors mentor ON mentor.account_id = a.id
  LEFT JOIN profiles.profile_photos photo ON photo.account_id = a.id
  LEFT JOIN LATERAL (
    SELECT array_agg(s.id ORDER BY s.label_fr) AS ids,
      jsonb_agg(jsonb_build_object('id', s.id, 'labelFr', s.label_fr, 'labelEn', s.label_en) ORDER BY s.label_fr) AS list,
      string_agg(s.label_fr || ' ' || s.label_en, ' ') AS text
    FROM profiles.person_skills ps JOIN profiles.skills s ON s.id = ps.skill_id
    WHERE ps.account_id = a.id AND ps.kind = 'has'
  ) skill ON true
  -- An erased account is gone from the directory, even for staff.
  WHERE a.role = '${Role.Alumnus}' AND a.status <> '${AccountStatus.Erased}'
    AND ($1::uuid[] IS NULL OR a.id IN (SELECT unnest($1::uuid[])))
)
INSERT INTO profiles.directory_documents (
  account_id, audience, display_name, photo_updated_at, job_title, employer, sector, city, country,
  time_zone, graduation_year, languages, skill_ids, skills, topics, formats, capacity, active_mentees,
  median_response_hours, mentor_status, last_active_at, search, refreshed_at)
SELECT source.account_id, audience.name, source.display_name,
  ${ifVisible('photo_updated_at', 'photo')},
  ${ifVisible('job_title', 'jobTitle')},
  ${ifVisible('employer', 'employer')},
  source.sector,
  ${ifVisible('city', 'location')},
  ${ifVisible('country', 'location')},
  source.time_zone,
  ${ifVisible('graduation_year', 'graduationYear')},
  ${ifVisible('languages', 'languages', "'{}'")},
  ${ifVisible('skill_ids', 'skills', "'{}'")},
  ${ifVisible('skills', 'skills', "'[]'")},
  source.topics, source.formats, source.capacity, source.active_mentees, source.median_response_hours,
  source.mentor_status, source.last_active_at,
  source.name_vector
    || ${ifVisible('job_title_vector', 'jobTitle', "''")}
    || ${ifVisible('employer_vector', 'employer', "''")}
    || ${ifVisible('skills_vector', 'skills', "''")}
    || ${ifVisible('bio_vector', 'bio', "''")},
  now()
FROM source
CROSS JOIN (VALUES ('staff', true), ('members', false)) AS audience(name, all_fields)
WHERE audience.all_fields OR (${LISTED_FOR_MEMBERS_SQL})`;

/** Null rebuilds every document (demo seed, benchmark); otherwise the documents of these accounts. */
async function rebuild(manager: EntityManager, accountIds: string[] | null): Promise<void> {
  await manager.query(
    'DELETE FROM profiles.directory_documents WHERE $1::uuid[] IS NULL OR account_id IN (SELECT unnest($1::uuid[]))',
    [accountIds],
  );
  await manager.query(INSERT_DOCUMENTS_SQL, [
    accountIds,
    JSON.stringify(DEFAULT_FIELD_VISIBILITY),
    MEMBER_READABLE_VISIBILITIES,
  ]);
}

/**
 * Keeps the directory in step with what it shows. Call `refresh` inside the
 * transaction of every change to an alumnus's account, profile, skills, photo,
 * visibility, mentor status or activity: the document then changes if and only
 * if the change commits. For anyone but an alumnus it removes any document.
 */
export const DirectoryIndexer = {
  refresh(manager: EntityManager, accountId: string): Promise<void> {
    return rebuild(manager, [accountId]);
  },

  refreshMany(manager: EntityManager, accountIds: string[]): Promise<void> {
    return accountIds.length === 0 ? Promise.resolve() : rebuild(manager, accountIds);
  },

  /** Records a sign-in on the documents: cheaper than a refresh, and sign-ins are frequent. */
  async touch(manager: EntityManager, accountId: string, lastActiveAt: Date): Promise<void> {
    await manager.query('UPDATE profiles.directory_documents SET last_active_at = $2 WHERE account_id = $1', [
      accountId,
      lastActiveAt,
    ]);
  },

  /** Rebuilds the whole directory in one statement (after a bulk load). */
  refreshAll(manager: EntityManager): Promise<void> {
    return rebuild(manager, null);
  },
} as const;
