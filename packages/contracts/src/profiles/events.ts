import { IsISO8601, IsUUID } from 'class-validator';

/**
 * Facts the profiles service publishes to JetStream (stream `EVENTS`) through
 * its transactional outbox. Each message's `Nats-Msg-Id` is the outbox row id,
 * so consumers can apply an event once even when it is delivered twice.
 */
export const PROFILE_UPDATED = 'evt.profiles.profile.updated.v1';
export const MENTOR_STATUS_CHANGED = 'evt.profiles.mentor.status-changed.v1';
export const ACCOUNT_ERASED = 'evt.profiles.account.erased.v1';

/** An account was erased: consumers delete or anonymise what they hold about it. */
export class AccountErasedEvent {
  @IsUUID() accountId!: string;
  @IsISO8601() erasedAt!: string;
}
