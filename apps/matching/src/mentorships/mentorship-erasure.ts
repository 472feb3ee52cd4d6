import type { EntityManager } from 'typeorm';
import { MENTORSHIP_ENDED, PLACE_HOLDING_STATUSES, type MentorshipEndedEvent } from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import type { ErasureStep } from '../members/erasure-steps.js';
import { releaseMentorPlace } from './mentor-places.js';
import { Mentorship } from './mentorship.entity.js';

/**
 * An erased person's mentorships keep their ids only: the end note (free
 * text) is cleared, and the ones still open end (`no-longer-available`,
 * announced like any early end), giving the mentor's place back when the
 * erased person was the mentee.
 */
export const eraseFromMentorships: ErasureStep = {
  name: 'mentorships',
  async erase(manager, accountId) {
    const open = await manager
      .createQueryBuilder(Mentorship, 'mentorship')
      .where('(mentorship.mentor_id = :accountId OR mentorship.mentee_id = :accountId)', { accountId })
      .andWhere('mentorship.status IN (:...open)', { open: PLACE_HOLDING_STATUSES })
      .setLock('pessimistic_write')
      .getMany();
    const now = new Date();
    for (const mentorship of open) await endOnErasure(manager, mentorship, now);
    await manager
      .createQueryBuilder()
      .update(Mentorship)
      .set({ endNote: null })
      .where('(mentor_id = :accountId OR mentee_id = :accountId) AND end_note IS NOT NULL', { accountId })
      .execute();
  },
};

async function endOnErasure(manager: EntityManager, mentorship: Mentorship, now: Date): Promise<void> {
  await manager.update(
    Mentorship,
    { id: mentorship.id },
    { status: 'ended', endReason: 'no-longer-available', endedAt: now },
  );
  await releaseMentorPlace(manager, mentorship.mentorId);
  const event: MentorshipEndedEvent = {
    mentorshipId: mentorship.id,
    programmeId: mentorship.programmeId,
    mode: mentorship.mode,
    origin: mentorship.origin,
    mentorId: mentorship.mentorId,
    menteeId: mentorship.menteeId,
    occurredAt: now.toISOString(),
    outcome: 'ended',
    reason: 'no-longer-available',
  };
  await recordEvent(manager, MENTORSHIP_ENDED, event);
}
