import { randomUUID } from 'node:crypto';
import {
  MENTORSHIP_ENDED,
  MENTORSHIP_PAUSED,
  MENTORSHIP_STARTED,
  REQUEST_ACCEPTED,
  REQUEST_DECLINED,
  type MentorshipEndedEvent,
  type MentorshipEvent,
  type RequestDeclinedEvent,
  type RequestEvent,
} from '@passerelle/contracts';
import { EventPublisher, waitUntil } from '@passerelle/testing';
import type { ProfilesHarness } from './profiles-harness.js';

const HOUR = 3_600_000;

/** A classic mentorship between these two, as matching records its events. */
export function aMentorship(mentorId: string, menteeId: string): MentorshipEvent {
  return {
    mentorshipId: randomUUID(),
    programmeId: randomUUID(),
    mode: 'classic',
    origin: 'request',
    mentorId,
    menteeId,
    occurredAt: new Date().toISOString(),
  };
}

/** A request that reached the mentor `hours` before they answered it now. */
export function anAnswer(mentorId: string, menteeId: string, hours: number): RequestEvent {
  const answeredAt = Date.now();
  return {
    requestId: randomUUID(),
    programmeId: randomUUID(),
    mode: 'classic',
    menteeId,
    mentorId,
    rank: 1,
    sentAt: new Date(answeredAt - hours * HOUR).toISOString(),
    occurredAt: new Date(answeredAt).toISOString(),
  };
}

/** Publishes matching events on the harness's JetStream, as matching's outbox relay does. */
export class MatchingEventsPublisher extends EventPublisher {
  started(mentorship: MentorshipEvent, id?: string): Promise<string> {
    return this.publish(MENTORSHIP_STARTED, mentorship, id);
  }

  paused(mentorship: MentorshipEvent): Promise<string> {
    return this.publish(MENTORSHIP_PAUSED, { ...mentorship, occurredAt: new Date().toISOString() });
  }

  ended(mentorship: MentorshipEvent, id?: string): Promise<string> {
    const event: MentorshipEndedEvent = {
      ...mentorship,
      outcome: 'ended',
      reason: null,
      occurredAt: new Date().toISOString(),
    };
    return this.publish(MENTORSHIP_ENDED, event, id);
  }

  accepted(answer: RequestEvent, id?: string): Promise<string> {
    return this.publish(REQUEST_ACCEPTED, answer, id);
  }

  declined(answer: RequestEvent): Promise<string> {
    const event: RequestDeclinedEvent = { ...answer, reason: 'no-time' };
    return this.publish(REQUEST_DECLINED, event);
  }
}

/**
 * Waits until profiles has handled the event with this id: it is in the
 * inbox once its transaction committed. Events are handled in stream order,
 * so every event published before it is handled too.
 */
export const handled = (profiles: ProfilesHarness, eventId: string): Promise<void> =>
  waitUntil(
    async () =>
      (await profiles.sql('SELECT 1 FROM profiles.inbox WHERE event_id = $1', [eventId])).length > 0,
    `event ${eventId} handled by profiles`,
  );
