import type { EntityManager } from 'typeorm';
import {
  AccountStatus,
  MENTORSHIP_ENDED,
  MENTORSHIP_STARTED,
  MentorshipEndedEvent,
  MentorshipEvent,
  REQUEST_ACCEPTED,
  REQUEST_DECLINED,
  RequestEvent,
} from '@passerelle/contracts';
import { eventPayload, type ReceivedEvent } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { endPartnership, startPartnership } from './mentoring-partners.js';
import { recordMentorAnswer } from './mentor-response-time.js';

/**
 * Whether both people still have an account here. An event about someone
 * erased since (or never known) is dropped: their data must not come back.
 */
async function bothPresent(manager: EntityManager, mentorId: string, menteeId: string): Promise<boolean> {
  const present = await manager
    .createQueryBuilder(Account, 'account')
    .where('account.id IN (:...ids) AND account.status <> :erased', {
      ids: [mentorId, menteeId],
      erased: AccountStatus.Erased,
    })
    .getCount();
  return present === new Set([mentorId, menteeId]).size;
}

/**
 * Keeps profiles' copy of the mentoring facts true to matching's events:
 * who is whose partner (field visibility), a mentor's active mentees and
 * median response time (directory cards). Runs in the inbox transaction
 * (each event applied once, and each mentorship and answer counted once
 * whatever its events' ids). A paused mentorship keeps its partners; the
 * other evt.matching.* subjects are acknowledged and ignored.
 */
export async function applyMatchingEvent(manager: EntityManager, event: ReceivedEvent): Promise<void> {
  switch (event.subject) {
    case MENTORSHIP_STARTED: {
      const started = await eventPayload(MentorshipEvent, event.payload);
      if (await bothPresent(manager, started.mentorId, started.menteeId)) {
        await startPartnership(manager, started);
      }
      return;
    }
    case MENTORSHIP_ENDED: {
      const ended = await eventPayload(MentorshipEndedEvent, event.payload);
      if (await bothPresent(manager, ended.mentorId, ended.menteeId)) await endPartnership(manager, ended);
      return;
    }
    case REQUEST_ACCEPTED:
    case REQUEST_DECLINED: {
      const answered = await eventPayload(RequestEvent, event.payload);
      if (await bothPresent(manager, answered.mentorId, answered.menteeId)) {
        await recordMentorAnswer(manager, answered);
      }
      return;
    }
    default:
      return;
  }
}
