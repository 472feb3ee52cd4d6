import { IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import {
  EARLY_END_REASONS,
  MENTORING_MODES,
  MENTORSHIP_ORIGINS,
  type EarlyEndReason,
  type MentoringMode,
  type MentorshipOrigin,
} from './matching-codes.js';

/**
 * Facts the matching service publishes to JetStream (stream `EVENTS`) through
 * its transactional outbox; `Nats-Msg-Id` is the outbox row id. Payloads hold
 * ids and codes, never the request's message or other free text.
 */
export const REQUEST_CREATED = 'evt.matching.request.created.v1';
export const REQUEST_ACCEPTED = 'evt.matching.request.accepted.v1';
export const REQUEST_DECLINED = 'evt.matching.request.declined.v1';
export const REQUEST_EXPIRED = 'evt.matching.request.expired.v1';
export const MENTORSHIP_STARTED = 'evt.matching.mentorship.started.v1';
export const MENTORSHIP_PAUSED = 'evt.matching.mentorship.paused.v1';
export const MENTORSHIP_ENDED = 'evt.matching.mentorship.ended.v1';

/** A request reached a mentor (its first choice, or the next one after a decline or expiry). */
export class RequestEvent {
  @IsUUID() requestId!: string;
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsUUID() menteeId!: string;
  @IsUUID() mentorId!: string;
  /** 1–3: the rank of this mentor in the mentee's choices. */
  rank!: number;
  @IsISO8601() occurredAt!: string;
  /**
   * When the request reached this mentor: on accepted and declined, profiles
   * measures the mentor's response time from it. Left out by publishers
   * that do not know it; such answers do not count in the response time.
   */
  @IsOptional() @IsISO8601() sentAt?: string;
}

export class RequestDeclinedEvent extends RequestEvent {
  @IsString() reason!: string;
}

export class MentorshipEvent {
  @IsUUID() mentorshipId!: string;
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsIn(MENTORSHIP_ORIGINS) origin!: MentorshipOrigin;
  @IsUUID() mentorId!: string;
  @IsUUID() menteeId!: string;
  @IsISO8601() occurredAt!: string;
}

/** `completed` at term, or ended early with a reason. */
export class MentorshipEndedEvent extends MentorshipEvent {
  @IsIn(['completed', 'ended']) outcome!: 'completed' | 'ended';
  @IsOptional() @IsIn(EARLY_END_REASONS) reason!: EarlyEndReason | null;
}
