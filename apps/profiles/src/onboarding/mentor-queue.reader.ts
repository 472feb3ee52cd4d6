import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  pageOf,
  type MentorQueueEntry,
  type MentorQueuePage,
  type MentorStatus,
} from '@passerelle/contracts';
import { DATA_SOURCE } from '../tokens.js';

/** One row per mentor: account, profile summary, latest charter acceptance, valid training passes. */
const ENTRY_SELECT = `
SELECT m.account_id, a.display_name, a.email, m.status::text AS status, m.available, m.requested_at,
  m.motivation, m.decided_at, m.decision_reason,
  p.graduation_year, p.programme, p.employer, p.job_title, p.sector, p.city, p.country,
  acceptance.version AS accepted_version, acceptance.accepted_at,
  charter.current_version, modules.total_modules,
  coalesce(passes.valid_modules, 0) AS valid_modules, passes.expires_at
FROM profiles.mentors m
JOIN profiles.accounts a ON a.id = m.account_id
LEFT JOIN profiles.alumnus_profiles p ON p.account_id = m.account_id
CROSS JOIN (SELECT coalesce(max(version), 0)::int AS current_version FROM profiles.charter_versions) charter
CROSS JOIN (SELECT count(*)::int AS total_modules FROM profiles.training_modules) modules
LEFT JOIN LATERAL (
  SELECT version, accepted_at FROM profiles.charter_acceptances
  WHERE account_id = m.account_id ORDER BY version DESC LIMIT 1
) acceptance ON true
LEFT JOIN LATERAL (
  SELECT count(*)::int AS valid_modules, min(valid_until) AS expires_at FROM profiles.training_completions
  WHERE account_id = m.account_id AND valid_until > now()
) passes ON true`;

interface EntryRow {
  account_id: string;
  display_name: string;
  email: string;
  status: MentorStatus;
  available: boolean;
  requested_at: Date;
  motivation: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  graduation_year: number | null;
  programme: string | null;
  employer: string | null;
  job_title: string | null;
  sector: string | null;
  city: string | null;
  country: string | null;
  accepted_version: number | null;
  accepted_at: Date | null;
  current_version: number;
  total_modules: number;
  valid_modules: number;
  expires_at: Date | null;
}

/** What staff see of mentors: the approval queue and one mentor's entry. */
@Injectable()
export class MentorQueueReader {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Oldest request first, so the queue is served in order. */
  async page(query: { status?: MentorStatus; page?: number; pageSize?: number }): Promise<MentorQueuePage> {
    const { page, pageSize, offset } = pageOf(query);
    const status = query.status ?? null;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<EntryRow[]>(
        `${ENTRY_SELECT} WHERE ($1::text IS NULL OR m.status::text = $1)
         ORDER BY m.requested_at, m.account_id LIMIT $2 OFFSET $3`,
        [status, pageSize, offset],
      ),
      this.dataSource.query<[{ total: number }]>(
        'SELECT count(*)::int AS total FROM profiles.mentors WHERE ($1::text IS NULL OR status::text = $1)',
        [status],
      ),
    ]);
    return { items: rows.map(toEntry), total, page, pageSize };
  }

  async entry(
    accountId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MentorQueueEntry | null> {
    const [row] = await manager.query<EntryRow[]>(`${ENTRY_SELECT} WHERE m.account_id = $1`, [accountId]);
    return row ? toEntry(row) : null;
  }
}

function toEntry(row: EntryRow): MentorQueueEntry {
  const complete = row.valid_modules >= row.total_modules;
  return {
    accountId: row.account_id,
    displayName: row.display_name,
    email: row.email,
    status: row.status,
    available: row.available,
    requestedAt: row.requested_at.toISOString(),
    motivation: row.motivation,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    graduationYear: row.graduation_year,
    programme: row.programme,
    employer: row.employer,
    jobTitle: row.job_title,
    sector: row.sector,
    city: row.city,
    country: row.country,
    charter: {
      acceptedVersion: row.accepted_version,
      acceptedAt: row.accepted_at?.toISOString() ?? null,
      currentVersion: row.current_version,
      current: row.accepted_version !== null && row.accepted_version === row.current_version,
    },
    training: {
      validModules: row.valid_modules,
      totalModules: row.total_modules,
      complete,
      expiresAt: complete ? (row.expires_at?.toISOString() ?? null) : null,
    },
  };
}
