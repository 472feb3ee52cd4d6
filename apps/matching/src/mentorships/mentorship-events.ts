import type { EntityManager } from 'typeorm';
import {
  MENTORSHIP_ENDED,
  MENTORSHIP_PAUSED,
  MENTORSHIP_STARTED,
  type MentorshipEndedEvent,
  type MentorshipEvent,
} from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import type { Mentorship } from './mentorship.entity.js';

function eventOf(mentorship: Mentorship, now: Date): MentorshipEvent {
  return {
    mentorshipId: mentorship.id,
    programmeId: mentorship.programmeId,
    mode: mentorship.mode,
    origin: mentorship.origin,
    mentorId: mentorship.mentorId,
    menteeId: mentorship.menteeId,
    occurredAt: now.toISOString(),
  };
}

/** evt.matching.mentorship.started|paused.v1, in the caller's transaction (outbox). */
export function announceMentorship(
  manager: EntityManager,
  what: 'started' | 'paused',
  mentorship: Mentorship,
  now: Date,
): Promise<void> {
  return recordEvent(
    manager,
    what === 'started' ? MENTORSHIP_STARTED : MENTORSHIP_PAUSED,
    eventOf(mentorship, now),
  );
}

/** evt.matching.mentorship.ended.v1: completed at term, or ended early with its reason. */
export function announceMentorshipEnd(
  manager: EntityManager,
  mentorship: Mentorship,
  now: Date,
): Promise<void> {
  const event: MentorshipEndedEvent = {
    ...eventOf(mentorship, now),
    outcome: mentorship.status === 'completed' ? 'completed' : 'ended',
    reason: mentorship.endReason,
  };
  return recordEvent(manager, MENTORSHIP_ENDED, event);
}
