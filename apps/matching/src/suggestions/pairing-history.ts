import type { EntityManager } from 'typeorm';
import { PLACE_HOLDING_STATUSES } from '@passerelle/contracts';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import type { PairingHistory } from './facts.js';

/** Mentor ids one source of history rules out for a mentee. */
export interface PairingHistoryPart {
  pairedWith?: readonly string[];
  declinedBy?: readonly string[];
}

/** One thing matching remembers that rules mentors out for a mentee, whatever their score. */
export interface PairingHistorySource {
  readonly name: string;
  of(manager: EntityManager, menteeId: string): Promise<PairingHistoryPart>;
}

/** Mentors the mentee is in a proposed, active or paused mentorship with. */
const openMentorships: PairingHistorySource = {
  name: 'mentorships',
  async of(manager, menteeId) {
    const rows = await manager
      .createQueryBuilder(Mentorship, 'mentorship')
      .select('mentorship.mentor_id', 'mentorId')
      .where('mentorship.mentee_id = :menteeId', { menteeId })
      .andWhere('mentorship.status IN (:...open)', { open: PLACE_HOLDING_STATUSES })
      .getRawMany<{ mentorId: string }>();
    return { pairedWith: rows.map((row) => row.mentorId) };
  },
};

/**
 * Every source, read for each suggestion list. SEAM for requests: the
 * requests feature adds its source here — mentors with an open request from
 * the mentee (pairedWith) and those who declined one (declinedBy, from its
 * request choices with outcome `declined`). Until then only mentorships count.
 */
export const PAIRING_HISTORY_SOURCES: PairingHistorySource[] = [openMentorships];

/** What rules mentors out for the mentee; the mentee is never their own mentor. */
export async function pairingHistoryOf(
  manager: EntityManager,
  menteeId: string,
  sources: readonly PairingHistorySource[] = PAIRING_HISTORY_SOURCES,
): Promise<PairingHistory> {
  const pairedWith = new Set<string>([menteeId]);
  const declinedBy = new Set<string>();
  for (const source of sources) {
    const part = await source.of(manager, menteeId);
    for (const id of part.pairedWith ?? []) pairedWith.add(id);
    for (const id of part.declinedBy ?? []) declinedBy.add(id);
  }
  return { pairedWith, declinedBy };
}
