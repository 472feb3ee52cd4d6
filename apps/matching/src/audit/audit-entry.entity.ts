import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_ACTION_MAX_LENGTH, type Role } from '@passerelle/contracts';

/**
 * Matching's audit log (staff changing a programme's settings, opening,
 * running and publishing cycles): one row per sensitive action, written in
 * the transaction of the change, never updated. Ids are not foreign keys, so
 * the log outlives what it talks about. The same shape as profiles' log.
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_object_idx', ['objectId', 'occurredAt'])
@Index('audit_entries_action_idx', ['action', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  /** Null when the system acted. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  /** The role the actor had when acting (roles can change later). */
  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true }) actorRole!: Role | null;
  /** `<aggregate>.<past-tense>`, e.g. `programme.settings-changed`, `cycle.published`. */
  @Column({ type: 'varchar', length: AUDIT_ACTION_MAX_LENGTH }) action!: string;
  /** The programme or cycle the action is about. */
  @Column({ name: 'object_id', type: 'uuid', nullable: true }) objectId!: string | null;
  /** Small facts worth keeping (before/after values, counts); no secrets. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, unknown>;
}
