import { IsIn, IsISO8601, IsUUID } from 'class-validator';

/** What evt.profiles.mentor.status-changed.v1 reports. */
export const MENTOR_STATUS_EVENT_KINDS = ['approved', 'suspended', 'available', 'unavailable'] as const;
export type MentorStatusEventKind = (typeof MENTOR_STATUS_EVENT_KINDS)[number];

/**
 * Payload of evt.profiles.mentor.status-changed.v1. `approved`/`suspended`
 * follow staff decisions; `available`/`unavailable` follow the derived
 * availability (approved, current charter accepted, training valid), which
 * also changes when a charter version is published or a training pass expires.
 */
export class MentorStatusChangedEvent {
  @IsUUID() accountId!: string;
  @IsIn(MENTOR_STATUS_EVENT_KINDS) status!: MentorStatusEventKind;
  @IsISO8601() occurredAt!: string;
}
