import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { pageOf, type Page, type PageQuery, type StalledMentorshipView } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { requireStaff } from '../common/require-staff.js';
import { personRefs } from '../people/person-refs.js';
import { DATA_SOURCE } from '../tokens.js';

interface StalledRow {
  id: string;
  programme_id: string;
  mentor_id: string;
  mentee_id: string;
  last_activity_at: Date;
  total: string;
}

const DAY_MS = 86_400_000;

/**
 * Staff's list of active pairs that went quiet: no activity (a session, a
 * message, any action of either side known to matching) for longer than
 * their programme's stalled delay. Longest silence first.
 */
@Injectable()
export class StalledMentorshipsService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(actor: ActorRef, query: PageQuery, now = new Date()): Promise<Page<StalledMentorshipView>> {
    requireStaff(actor);
    const { page, pageSize, offset } = pageOf(query);
    const rows = await this.dataSource.query<StalledRow[]>(
      `SELECT mentorship.id, mentorship.programme_id, mentorship.mentor_id, mentorship.mentee_id,
              mentorship.last_activity_at, count(*) OVER () AS total
         FROM matching.mentorships mentorship
         JOIN matching.programmes programme ON programme.id = mentorship.programme_id
        WHERE mentorship.status = 'active'
          AND mentorship.last_activity_at < $1::timestamptz - make_interval(days => programme.stalled_after_days)
        ORDER BY mentorship.last_activity_at ASC, mentorship.id ASC
        LIMIT $2 OFFSET $3`,
      [now, pageSize, offset],
    );
    const person = await personRefs(
      this.dataSource.manager,
      rows.flatMap((row) => [row.mentor_id, row.mentee_id]),
    );
    const items = rows.map((row): StalledMentorshipView => ({
      id: row.id,
      programmeId: row.programme_id,
      mentor: person(row.mentor_id),
      mentee: person(row.mentee_id),
      lastActivityAt: row.last_activity_at.toISOString(),
      daysWithoutActivity: Math.floor((now.getTime() - row.last_activity_at.getTime()) / DAY_MS),
    }));
    return { items, total: Number(rows[0]?.total ?? 0), page, pageSize };
  }
}
