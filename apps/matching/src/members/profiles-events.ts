import type { EntityManager } from 'typeorm';
import {
  ACCOUNT_ERASED,
  AccountErasedEvent,
  MENTOR_STATUS_CHANGED,
  MentorStatusChangedEvent,
  PROFILE_UPDATED,
  ProfileUpdatedEvent,
} from '@passerelle/contracts';
import { eventPayload, type ReceivedEvent } from '@passerelle/nest-common';
import { eraseAccount } from './erasure-steps.js';
import { applyMentorStatusEvent } from './mentor-standing.js';
import { applyProfileFacts } from './profile-facts.js';

/**
 * Keeps the members read model true to the profiles events. Runs in the
 * inbox transaction (each event applied once); other evt.profiles.* subjects
 * are acknowledged and ignored.
 */
export async function applyProfilesEvent(manager: EntityManager, event: ReceivedEvent): Promise<void> {
  switch (event.subject) {
    case PROFILE_UPDATED:
      await applyProfileFacts(manager, await eventPayload(ProfileUpdatedEvent, event.payload));
      return;
    case MENTOR_STATUS_CHANGED:
      await applyMentorStatusEvent(manager, await eventPayload(MentorStatusChangedEvent, event.payload));
      return;
    case ACCOUNT_ERASED: {
      const { accountId } = await eventPayload(AccountErasedEvent, event.payload);
      await eraseAccount(manager, accountId);
      return;
    }
    default:
      return;
  }
}
