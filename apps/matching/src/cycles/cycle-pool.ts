import type { EntityManager } from 'typeorm';
import { OPEN_REQUEST_STATUSES, PLACE_HOLDING_STATUSES } from '@passerelle/contracts';
import { Member } from '../members/member.entity.js';
import { NO_PROFILE_YET } from '../members/profile-facts.js';
import { menteeRoleOf } from '../programmes/programme-roles.js';
import { isAvailableIn, MEMBER_FACT_COLUMNS } from '../suggestions/member-facts.js';
import { pairingHistoriesOf } from '../suggestions/pairing-history.js';
import type { MatchingCycle } from './cycle.entity.js';
import type { CyclePoolFacts } from './cycle-draft.js';

const FACT_COLUMNS = MEMBER_FACT_COLUMNS.map((column) => `member.${column}`);

/**
 * The pool of a cycle as the database has it now. Mentees: the programme's
 * mentee role (students; in reverse mentoring, alumni who asked for it) with
 * a saved profile, of the cohort when the cycle has one, with no proposed,
 * active or paused mentorship and no open request in the programme (a
 * request under way is left to run). Mentors: those of the mode with a
 * free place.
 */
export async function readCyclePool(
  manager: EntityManager,
  cycle: Pick<MatchingCycle, 'programmeId' | 'mode' | 'cohort'>,
  now = new Date(),
): Promise<CyclePoolFacts> {
  const { programmeId, mode, cohort } = cycle;
  const mentees = manager
    .createQueryBuilder(Member, 'member')
    .select(FACT_COLUMNS)
    .where('member.role = :role', { role: menteeRoleOf(mode) })
    .andWhere('member.profile_updated_at > :noProfile', { noProfile: NO_PROFILE_YET })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM matching.mentorships mentorship
                    WHERE mentorship.mentee_id = member.account_id AND mentorship.programme_id = :programmeId
                      AND mentorship.status IN (:...holding))`,
      { programmeId, holding: PLACE_HOLDING_STATUSES },
    )
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM matching.requests request
                    WHERE request.mentee_id = member.account_id AND request.programme_id = :programmeId
                      AND request.status IN (:...open))`,
      { open: OPEN_REQUEST_STATUSES },
    )
    .orderBy('member.account_id');
  if (mode === 'reverse') mentees.andWhere('member.open_to_reverse_mentoring');
  if (cohort !== null) mentees.andWhere('member.graduation_year = :cohort', { cohort });

  // One after the other: inside a transaction both would share one connection anyway.
  const menteeRows = await mentees.getMany();
  const mentorRows = await manager
    .createQueryBuilder(Member, 'member')
    .select(FACT_COLUMNS)
    .where('member.profile_updated_at > :noProfile', { noProfile: NO_PROFILE_YET })
    .andWhere('member.places_taken < member.capacity')
    .orderBy('member.account_id')
    .getMany();
  return {
    mode,
    mentees: menteeRows,
    mentors: mentorRows.filter((mentor) => isAvailableIn(mode, mentor, now)),
    histories: await pairingHistoriesOf(
      manager,
      menteeRows.map((mentee) => mentee.accountId),
    ),
  };
}
