import { randomUUID } from 'node:crypto';
import { EventPublisher, HandledEvents, type HandledCounts } from '@passerelle/testing';
import {
  ACCOUNT_ERASED,
  MENTOR_STATUS_CHANGED,
  PROFILE_UPDATED,
  Role,
  type AccountErasedEvent,
  type MentorStatusChangedEvent,
  type MentorStatusEventKind,
  type ProfileUpdatedEvent,
} from '@passerelle/contracts';

/** A student's or an alumnus's profile.updated payload, as profiles would record it. */
export function aProfileUpdated(overrides: Partial<ProfileUpdatedEvent> = {}): ProfileUpdatedEvent {
  const role = overrides.role ?? Role.Alumnus;
  const alumnus = role === Role.Alumnus;
  return {
    accountId: randomUUID(),
    role,
    displayName: alumnus ? 'Julien Moreau' : 'Léa Martin',
    timeZone: 'Europe/Paris',
    skillIds: alumnus ? ['sql', 'power-bi', 'data-analysis'] : ['sql', 'data-analysis'],
    sectors: alumnus ? ['banking'] : ['banking', 'consulting'],
    topics: alumnus ? ['cv-review', 'sector-insight'] : [],
    formats: ['video'],
    languages: ['fr', 'en'],
    country: 'FR',
    availability: [{ weekday: 2, startMinute: 18 * 60, endMinute: 20 * 60 }],
    capacity: alumnus ? 3 : null,
    openToReverseMentoring: false,
    reverseMentoringTopics: [],
    offersReverseMentoring: false,
    reverseMentoringOffer: [],
    jobTitle: alumnus ? 'Data analyst' : null,
    targetRoles: alumnus ? [] : ['Data analyst'],
    graduationYear: alumnus ? 2012 : 2027,
    jobSearchStage: alumnus ? null : 'applying',
    completeness: 80,
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Publishes profiles events on the harness's JetStream, as profiles' outbox relay does (Nats-Msg-Id = event id). */
export class ProfilesEventsPublisher extends EventPublisher {
  profileUpdated(event: ProfileUpdatedEvent, id?: string): Promise<string> {
    return this.publish(PROFILE_UPDATED, event, id);
  }

  mentorStatus(accountId: string, status: MentorStatusEventKind, occurredAt = new Date()): Promise<string> {
    const event: MentorStatusChangedEvent = { accountId, status, occurredAt: occurredAt.toISOString() };
    return this.publish(MENTOR_STATUS_CHANGED, event);
  }

  accountErased(accountId: string): Promise<string> {
    const event: AccountErasedEvent = { accountId, erasedAt: new Date().toISOString() };
    return this.publish(ACCOUNT_ERASED, event);
  }
}

/**
 * Publishes profiles events and waits until matching's read model has
 * handled them (they are handled in order, so counting them is enough).
 */
export class ReadModelFeed extends HandledEvents {
  constructor(
    readonly publisher: ProfilesEventsPublisher,
    stats: () => HandledCounts | undefined,
  ) {
    super(stats, 'profiles events');
  }

  /** A mentor as profiles announces one who is approved and available: three events. */
  async availableMentor(overrides: Partial<ProfileUpdatedEvent> = {}): Promise<ProfileUpdatedEvent> {
    const event = aProfileUpdated({ role: Role.Alumnus, ...overrides });
    await this.publisher.profileUpdated(event);
    const at = new Date();
    await this.publisher.mentorStatus(event.accountId, 'approved', at);
    await this.publisher.mentorStatus(event.accountId, 'available', at);
    await this.settle(3);
    return event;
  }

  async member(overrides: Partial<ProfileUpdatedEvent> = {}): Promise<ProfileUpdatedEvent> {
    const event = aProfileUpdated(overrides);
    await this.publisher.profileUpdated(event);
    await this.settle();
    return event;
  }
}
