import type { EntityManager } from 'typeorm';
import { PLACE_HOLDING_STATUSES } from '@passerelle/contracts';
import type { PairingHistory } from './facts.js';

/** A mentor one source of history rules out for a mentee. */
interface HistoryRow {
  menteeId: string;
  mentorId: string;
}

/**
 * One thing matching remembers that rules mentors out for mentees, whatever
 * their score: `pairedWith` for a link still open, `declinedBy` for a no
 * already said. Read for many mentees at once (a cycle asks for its whole pool).
 */
export interface PairingHistorySource {
  readonly name: string;
  readonly rules: keyof PairingHistory;
  /** Parameter $1: the mentees' ids (uuid[]); selects "menteeId" and "mentorId". */
  readonly sql: string;
}

export const PAIRING_HISTORY_SOURCES: readonly PairingHistorySource[] = [
  {
    name: 'open mentorships',
    rules: 'pairedWith',
    sql: `SELECT mentee_id AS "menteeId", mentor_id AS "mentorId" FROM matching.mentorships
           WHERE mentee_id = ANY($1) AND status = ANY('{${PLACE_HOLDING_STATUSES.join(',')}}')`,
  },
  {
    // The database refuses a second open request to the same mentor; no suggestion should invite it.
    name: 'open requests',
    rules: 'pairedWith',
    sql: `SELECT mentee_id AS "menteeId", mentor_id AS "mentorId" FROM matching.request_choices
           WHERE mentee_id = ANY($1) AND outcome = 'waiting'`,
  },
  {
    name: 'declined requests',
    rules: 'declinedBy',
    sql: `SELECT mentee_id AS "menteeId", mentor_id AS "mentorId" FROM matching.request_choices
           WHERE mentee_id = ANY($1) AND outcome = 'declined'`,
  },
  {
    // A proposal either side declined (a published cycle's, an accepted request's) is not made again.
    name: 'declined proposals',
    rules: 'declinedBy',
    sql: `SELECT mentee_id AS "menteeId", mentor_id AS "mentorId" FROM matching.mentorships
           WHERE mentee_id = ANY($1) AND status = 'declined'`,
  },
];

/** What rules mentors out for each of these mentees; a mentee is never their own mentor. */
export async function pairingHistoriesOf(
  manager: EntityManager,
  menteeIds: readonly string[],
  sources: readonly PairingHistorySource[] = PAIRING_HISTORY_SOURCES,
): Promise<Map<string, PairingHistory>> {
  const histories = new Map<string, { pairedWith: Set<string>; declinedBy: Set<string> }>(
    menteeIds.map((id) => [id, { pairedWith: new Set([id]), declinedBy: new Set() }]),
  );
  if (menteeIds.length === 0 || sources.length === 0) return histories;
  // Every source in one round trip: this runs for each suggestion list.
  const rows = await manager.query<(HistoryRow & { source: number })[]>(
    sources
      .map((source, index) => `SELECT ${index} AS source, * FROM (${source.sql}) s${index}`)
      .join(' UNION ALL '),
    [menteeIds],
  );
  for (const row of rows) histories.get(row.menteeId)?.[sources[row.source]!.rules].add(row.mentorId);
  return histories;
}

/** What rules mentors out for one mentee. */
export async function pairingHistoryOf(manager: EntityManager, menteeId: string): Promise<PairingHistory> {
  return (await pairingHistoriesOf(manager, [menteeId])).get(menteeId)!;
}
