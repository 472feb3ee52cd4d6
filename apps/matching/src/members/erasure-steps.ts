import type { EntityManager } from 'typeorm';
import { eraseFromCycles } from '../cycles/cycle-erasure.js';
import { eraseFromMentorships } from '../mentorships/mentorship-erasure.js';
import { Member } from './member.entity.js';

/**
 * One part of matching forgetting an erased account (evt.profiles.account.erased.v1).
 * Runs in the inbox transaction: every step commits together, or none does and
 * the event is delivered again. A step must be idempotent.
 */
export interface ErasureStep {
  /** For logs and the parked event's error. */
  readonly name: string;
  erase(manager: EntityManager, accountId: string): Promise<void>;
}

const deleteMember: ErasureStep = {
  name: 'members',
  async erase(manager, accountId) {
    await manager.delete(Member, { accountId });
  },
};

/**
 * Every step, in order. A feature that keeps something about a person adds its
 * step here. The member row goes last: steps before it may still read it
 * (to give a place back, for example).
 */
export const ERASURE_STEPS: readonly ErasureStep[] = [eraseFromMentorships, eraseFromCycles, deleteMember];

/** Runs every step for one account. */
export async function eraseAccount(
  manager: EntityManager,
  accountId: string,
  steps: readonly ErasureStep[] = ERASURE_STEPS,
): Promise<void> {
  for (const step of steps) {
    try {
      await step.erase(manager, accountId);
    } catch (error) {
      throw new Error(`Erasure step ${step.name} failed: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
  }
}
