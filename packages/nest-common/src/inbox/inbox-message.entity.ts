import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a consumer has handled: inserted in the same transaction as the
 * handler's changes, so "applied" and "recorded as applied" commit together
 * and a redelivered event is recognised and skipped. A parked row is an event
 * that kept failing: it is kept with its payload and error for an operator,
 * and counts as handled. The table lands in the service's schema.
 */
@Entity({ name: 'inbox' })
export class InboxMessage {
  /** The durable consumer (one per service and purpose) that handled the event. */
  @PrimaryColumn({ type: 'varchar', length: 100 }) consumer!: string;

  /** The event's `Nats-Msg-Id`: its outbox id at the publisher. */
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 100 }) eventId!: string;

  @Column({ type: 'varchar', length: 200 }) subject!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;

  /** Set when the event was given up on after too many failed attempts. */
  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true }) parkedAt!: Date | null;

  /** Only for parked events: what failed, and the payload to look at or replay. */
  @Column({ type: 'text', nullable: true }) error!: string | null;

  @Column({ type: 'jsonb', nullable: true }) payload!: unknown;
}
