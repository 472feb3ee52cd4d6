import { pageOf, type DirectorySort, type SearchDirectoryRequest } from '@passerelle/contracts';
import type { DirectoryAudience } from './directory-document.entity.js';
import { tsQuerySql } from './search-vector.js';
import { toPrefixTsQuery } from './text-query.js';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** A row of the search: the document's card columns, the account's last activity and the total count. */
export interface DirectoryRow {
  account_id: string;
  display_name: string;
  photo_updated_at: Date | null;
  job_title: string | null;
  employer: string | null;
  sector: string | null;
  city: string | null;
  country: string | null;
  time_zone: string;
  graduation_year: number | null;
  languages: string[];
  skills: { id: string; labelFr: string; labelEn: string }[];
  topics: string[];
  formats: string[];
  capacity: number;
  active_mentees: number;
  median_response_hours: number | null;
  mentor_status: string | null;
  last_active_at: Date | null;
  total: string;
}

/** The order of each sort, on the columns of the `matches` step (`rank` exists only with text). */
const ORDER_BY: Record<DirectorySort, string> = {
  relevance: 'rank DESC, last_active_at DESC NULLS LAST, account_id',
  'recent-activity': 'last_active_at DESC NULLS LAST, display_name, account_id',
  'graduation-year': 'graduation_year DESC NULLS LAST, display_name, account_id',
};

/** Relevance needs text; without it the most recently active come first. */
export function effectiveSort(request: SearchDirectoryRequest): DirectorySort {
  const sort = request.sort ?? 'relevance';
  return sort === 'relevance' && !toPrefixTsQuery(request.q ?? '') ? 'recent-activity' : sort;
}

/**
 * The SQL of a directory search (the service runs it, the benchmark runs it
 * directly to compare). The audience is inlined (it is one of two fixed words)
 * so the planner sees it; everything typed is a parameter.
 *
 * Two steps: `matches` ranks, counts and pages narrow rows (id and sort keys),
 * then only the page's documents are read in full. Counting and sorting
 * thousands of matches with every card column (and the search vector) made
 * the window spill to disk. The page's rows carry the total, so one round trip
 * answers; `count` is only needed for a page past the last one.
 */
export function buildDirectoryQuery(
  request: SearchDirectoryRequest,
  audience: DirectoryAudience,
): { page: SqlQuery; count: SqlQuery } {
  const values: unknown[] = [];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const audienceLiteral = `'${audience === 'staff' ? 'staff' : 'members'}'`;
  const where = [`d.audience = ${audienceLiteral}`];
  let queryJoin = '';

  const text = toPrefixTsQuery(request.q ?? '');
  if (text) {
    queryJoin = `CROSS JOIN (SELECT ${tsQuerySql(param(text))} AS q) query`;
    where.push('d.search @@ query.q');
  }
  if (request.sector) where.push(`d.sector = ${param(request.sector)}`);
  if (request.skill) where.push(`d.skill_ids @> ARRAY[${param(request.skill)}]::varchar[]`);
  if (request.language) where.push(`d.languages @> ARRAY[${param(request.language)}]::varchar[]`);
  if (request.graduationYearFrom !== undefined)
    where.push(`d.graduation_year >= ${param(request.graduationYearFrom)}`);
  if (request.graduationYearTo !== undefined)
    where.push(`d.graduation_year <= ${param(request.graduationYearTo)}`);
  if (request.country) where.push(`d.country = ${param(request.country)}`);
  if (request.utcOffsetFrom !== undefined || request.utcOffsetTo !== undefined) {
    // The offset of the zone now, daylight saving time included, in hours.
    const offset = `(EXTRACT(EPOCH FROM (now() AT TIME ZONE d.time_zone) - (now() AT TIME ZONE 'UTC')) / 3600)`;
    if (request.utcOffsetFrom !== undefined) where.push(`${offset} >= ${param(request.utcOffsetFrom)}`);
    if (request.utcOffsetTo !== undefined) where.push(`${offset} <= ${param(request.utcOffsetTo)}`);
  }
  if (request.topic) where.push(`d.topics @> ARRAY[${param(request.topic)}]::varchar[]`);
  if (request.format) where.push(`d.formats @> ARRAY[${param(request.format)}]::varchar[]`);
  // Capacity means something only for a mentor who can take mentees.
  if (request.hasFreeCapacity === true)
    where.push(`d.mentor_status = 'available' AND d.capacity > d.active_mentees`);
  if (request.hasFreeCapacity === false)
    where.push(`d.mentor_status = 'available' AND d.capacity <= d.active_mentees`);
  if (request.availableOnly) where.push(`d.mentor_status = 'available'`);

  const from = `
FROM profiles.directory_documents d
${queryJoin}
WHERE ${where.join('\n  AND ')}`;
  const count = { text: `SELECT count(*) AS total ${from}`, values: [...values] };
  const { pageSize, offset } = pageOf(request);
  const order = ORDER_BY[effectiveSort(request)];
  const page = `
WITH matches AS (
  SELECT d.account_id, d.last_active_at, d.display_name, d.graduation_year,
    ${text ? 'ts_rank(d.search, query.q)' : '0'} AS rank, count(*) OVER () AS total
  ${from}
  ORDER BY ${order}
  LIMIT ${param(pageSize)} OFFSET ${param(offset)}
)
SELECT d.account_id, d.display_name, d.photo_updated_at, d.job_title, d.employer, d.sector, d.city, d.country,
  d.time_zone, d.graduation_year, d.languages, d.skills, d.topics, d.formats, d.capacity, d.active_mentees,
  d.median_response_hours, d.mentor_status, d.last_active_at, matches.total
FROM matches
JOIN profiles.directory_documents d ON d.account_id = matches.account_id AND d.audience = ${audienceLiteral}
ORDER BY ${order.replace(/(^|, )(\w+)/g, '$1matches.$2')}`;
  return { page: { text: page, values }, count };
}
