import type { EntityManager } from 'typeorm';
import {
  MENTOR_STATUS_CHANGED,
  PROFILE_UPDATED,
  type MentorStatusChangedEvent,
  type MentorStatusEventKind,
} from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import { toProfileUpdatedEvent } from '../../profile/profile-snapshot.js';
import type { ProfileStore } from '../../profile/profile-store.js';
import type { DemoPopulation } from './demo-people-loader.js';
import type { DemoMentorStanding } from './demo-people.js';

/** The status events a mentor's real history would have left, oldest first. */
const STATUS_EVENTS: Record<DemoMentorStanding, MentorStatusEventKind[]> = {
  pending: [],
  available: ['approved', 'available'],
  // Approved, then the training expired: never announced as available.
  unavailable: ['approved'],
  suspended: ['suspended'],
};

/**
 * Records, in the loading transaction, the events the generated people would
 * have caused one by one (profile.updated for each, the mentor status
 * changes for alumni), so that other services learn them as they learn any
 * member: matching's read model is built from these events. The bulk load
 * writes rows directly, so without this the demo would have no mentors to
 * suggest.
 */
export async function announceDemoPopulation(
  manager: EntityManager,
  store: ProfileStore,
  { alumni, students }: DemoPopulation,
): Promise<void> {
  for (const person of [...alumni, ...students]) {
    const snapshot = await store.load(manager, person.id);
    if (snapshot) await recordEvent(manager, PROFILE_UPDATED, toProfileUpdatedEvent(snapshot));
  }
  const occurredAt = new Date().toISOString();
  for (const alumnus of alumni) {
    for (const status of STATUS_EVENTS[alumnus.standing]) {
      const event: MentorStatusChangedEvent = { accountId: alumnus.id, status, occurredAt };
      await recordEvent(manager, MENTOR_STATUS_CHANGED, event);
    }
  }
}
