import { Column, Entity, Index } from 'typeorm';
import { MENTOR_STATUSES, type MentorStatus } from '@passerelle/contracts';
import { OwnedByAccount } from '../profile/owned-by-account.js';

/**
 * An alumnus who asked to become a mentor, and where staff's decisions leave
 * them. `available` is the last published value of the derived availability
 * (see isMentorAvailable): kept so a change is noticed and announced once.
 */
@Entity({ name: 'mentors' })
@Index('mentors_queue_idx', ['status', 'requestedAt'])
export class Mentor extends OwnedByAccount {
  @Column({ type: 'enum', enum: MENTOR_STATUSES, enumName: 'mentor_status' }) status!: MentorStatus;
  @Column({ type: 'text', nullable: true }) motivation!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  /** Why the last rejection or suspension was decided (also in the audit log). */
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ type: 'boolean', default: false }) available!: boolean;
  @Column({ name: 'available_changed_at', type: 'timestamptz', nullable: true })
  availableChangedAt!: Date | null;
}
