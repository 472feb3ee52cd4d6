import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MatchingCycle } from './cycle.entity.js';

/** A pair staff took out of a cycle's draft: no later run of that cycle proposes it again. */
@Entity({ name: 'cycle_removed_pairs' })
export class CycleRemovedPair {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' }) cycleId!: string;
  @ManyToOne(() => MatchingCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<MatchingCycle>;
  @PrimaryColumn({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  @PrimaryColumn({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
}
