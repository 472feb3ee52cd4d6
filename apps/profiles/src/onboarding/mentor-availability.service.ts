import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  MENTOR_STATUS_CHANGED,
  type MentorStatusChangedEvent,
  type MentorStatusEventKind,
} from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import { DirectoryIndexer } from '../directory/directory-indexer.js';
import { availabilityChange, isMentorAvailable } from './mentor-availability.js';
import { Mentor } from './mentor.entity.js';

/** SQL: whether the account accepted the charter version that is current now. */
export const ACCEPTED_CURRENT_CHARTER_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM profiles.charter_acceptances
    WHERE account_id = $1 AND version = (SELECT max(version) FROM profiles.charter_versions)
  ) AS accepted`;

/** SQL: whether every training module has a pass of the account valid at $2. */
const TRAINING_VALID_SQL = `
  SELECT NOT EXISTS (
    SELECT 1 FROM profiles.training_modules module
    WHERE NOT EXISTS (
      SELECT 1 FROM profiles.training_completions completion
      WHERE completion.account_id = $1 AND completion.module_id = module.id AND completion.valid_until > $2
    )
  ) AS valid`;

/**
 * Keeps each mentor's published availability true to their standing, and
 * announces every change (evt.profiles.mentor.status-changed.v1) in the
 * transaction that causes it. Whatever can change availability (a decision,
 * a charter acceptance or new version, a training pass or expiry) calls refresh.
 */
@Injectable()
export class MentorAvailability {
  /**
   * Recomputes the availability of one mentor (no-op for an account that never
   * asked to mentor). Locks the mentor row, so concurrent changes announce once.
   * A change is announced and reaches the directory in the same transaction.
   */
  async refresh(
    manager: EntityManager,
    accountId: string,
    now = new Date(),
  ): Promise<{ available: boolean; changed: boolean } | null> {
    const mentor = await manager.findOne(Mentor, {
      where: { accountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!mentor) return null;
    const [{ accepted }] = await manager.query<[{ accepted: boolean }]>(ACCEPTED_CURRENT_CHARTER_SQL, [
      accountId,
    ]);
    const [{ valid }] = await manager.query<[{ valid: boolean }]>(TRAINING_VALID_SQL, [accountId, now]);
    const available = isMentorAvailable({
      status: mentor.status,
      acceptedCurrentCharter: accepted,
      trainingValid: valid,
    });
    const change = availabilityChange(mentor.available, available);
    if (change) {
      await manager.update(Mentor, { accountId }, { available, availableChangedAt: now });
      await this.announce(manager, accountId, change, now);
      await DirectoryIndexer.refresh(manager, accountId);
    }
    return { available, changed: change !== null };
  }

  /** Refreshes every mentor who is available now (after a new charter version, no one has accepted it yet). */
  async refreshAvailableMentors(manager: EntityManager, now = new Date()): Promise<number> {
    const mentors = await manager.find(Mentor, { where: { available: true }, select: { accountId: true } });
    let changed = 0;
    for (const { accountId } of mentors) {
      if ((await this.refresh(manager, accountId, now))?.changed) changed += 1;
    }
    return changed;
  }

  /** Records evt.profiles.mentor.status-changed.v1 in the caller's transaction. */
  async announce(
    manager: EntityManager,
    accountId: string,
    status: MentorStatusEventKind,
    now = new Date(),
  ): Promise<void> {
    const event: MentorStatusChangedEvent = { accountId, status, occurredAt: now.toISOString() };
    await recordEvent(manager, MENTOR_STATUS_CHANGED, event);
  }
}
