import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_ACTION_MAX_LENGTH, Role } from '@passerelle/contracts';

/**
 * The audit log: one row per sensitive action, written in the transaction of
 * the change it records, never updated. Ids are not foreign keys, so the log
 * outlives what it talks about.
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_subject_idx', ['subjectId', 'occurredAt'])
@Index('audit_entries_action_idx', ['action', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;

  /** Null when the system acted (seed, scheduled job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;

  /** The role the actor had when acting (roles can change later). */
  @Column({ name: 'actor_role', type: 'enum', enum: Role, enumName: 'account_role', nullable: true })
  actorRole!: Role | null;

  @Column({ type: 'varchar', length: AUDIT_ACTION_MAX_LENGTH }) action!: string;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId!: string | null;

  @Column({ name: 'object_id', type: 'varchar', length: 100, nullable: true }) objectId!: string | null;

  @Column({ type: 'text', nullable: true }) reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, unknown>;
}
