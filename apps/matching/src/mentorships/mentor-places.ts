import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { Member } from '../members/member.entity.js';

/**
 * Takes one of the mentor's places, or fails with CAPACITY_REACHED. One
 * conditional UPDATE: when two transactions race for the last place, the
 * second waits for the first's row lock, re-reads the row and matches
 * nothing, so exactly one of them gets the place.
 */
export async function takeMentorPlace(manager: EntityManager, mentorId: string): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(Member)
    .set({ placesTaken: () => 'places_taken + 1', changedAt: () => 'clock_timestamp()' })
    .where('account_id = :mentorId AND places_taken < capacity', { mentorId })
    .execute();
  if (result.affected === 0) {
    throw new DomainError(ErrorCode.CAPACITY_REACHED, 'This mentor has no free place left', { mentorId });
  }
}

/** Gives a place back when a proposal is declined or a mentorship ends. Never below zero. */
export async function releaseMentorPlace(manager: EntityManager, mentorId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Member)
    .set({ placesTaken: () => 'GREATEST(places_taken - 1, 0)', changedAt: () => 'clock_timestamp()' })
    .where('account_id = :mentorId', { mentorId })
    .execute();
}
