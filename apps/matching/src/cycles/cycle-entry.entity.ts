import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CyclePublicationOutcome, CycleSkipReason } from '@passerelle/contracts';
import { MatchingCycle } from './cycle.entity.js';

/**
 * One mentee of a cycle's pool and the mentor the draft gives them (none
 * when unpaired). A locked entry keeps its mentor through every re-run.
 * Publishing writes what became of the pair: a proposal, or why it was
 * skipped.
 */
@Entity({ name: 'cycle_entries' })
@Index('cycle_entries_mentor', ['cycleId', 'mentorId'])
@Check('cycle_entries_locked_has_mentor', `NOT locked OR mentor_id IS NOT NULL`)
export class CycleEntry {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' }) cycleId!: string;
  @ManyToOne(() => MatchingCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<MatchingCycle>;
  @PrimaryColumn({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  @Column({ name: 'mentor_id', type: 'uuid', nullable: true }) mentorId!: string | null;
  /** 0–100, one decimal, as the assignment scored it; null when unpaired. */
  @Column({ type: 'real', nullable: true }) score!: number | null;
  @Column({ type: 'boolean', default: false }) locked!: boolean;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome!: CyclePublicationOutcome | null;
  @Column({ name: 'skip_reason', type: 'varchar', length: 40, nullable: true })
  skipReason!: CycleSkipReason | null;
  @Column({ name: 'mentorship_id', type: 'uuid', nullable: true }) mentorshipId!: string | null;
}
