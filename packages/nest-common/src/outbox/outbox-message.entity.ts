import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/**
 * One event waiting to be (or already) published to JetStream, written in the
 * same transaction as the change it reports. The table lands in the schema of
 * the service's DataSource, so every service uses this same class.
 */
@Entity({ name: 'outbox' })
// The relay's only query is "unpublished, oldest first": a partial index keeps
// it cheap however many published rows accumulate.
@Index('outbox_unpublished_idx', ['position'], { where: 'published_at IS NULL' })
export class OutboxMessage {
  /** Also the `Nats-Msg-Id` of the message, so JetStream drops a republished row. */
  @PrimaryColumn('uuid') id!: string;

  /**
   * Insertion order. created_at cannot order events: it is the transaction's
   * start time, equal for every event of one transaction.
   */
  @Column({ type: 'bigint' })
  @Generated('increment')
  position!: string;

  @Column({ type: 'varchar', length: 200 }) subject!: string;

  @Column({ type: 'jsonb' }) payload!: object;

  @Column({ name: 'correlation_id', type: 'varchar', length: 100, nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;

  /** Failed publish attempts, for operators: a row is retried for as long as it takes. */
  @Column({ type: 'int', default: 0 }) attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}
