import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { CyclePublication, CycleRunFigures, CycleStatus, MentoringMode } from '@passerelle/contracts';
import { Programme } from '../programmes/programme.entity.js';

/**
 * A matching cycle staff run for a programme and, optionally, a cohort (the
 * mentees' graduation year): its draft is one CycleEntry per mentee of the
 * pool, computed by the optimal assignment and then adjusted by staff,
 * until it is published and its pairs become mentorship proposals. The
 * figures of the last run (optimal against greedy) are kept as they were
 * computed, so staff can compare them with the draft they edited.
 */
@Entity({ name: 'cycles' })
@Index('cycles_programme', ['programmeId', 'createdAt'])
export class MatchingCycle {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;
  @Column({ type: 'varchar', length: 20 }) mode!: MentoringMode;
  @Column({ type: 'smallint', nullable: true }) cohort!: number | null;
  @Column({ name: 'top_k', type: 'smallint' }) topK!: number;
  @Column({ type: 'varchar', length: 20, default: 'draft' }) status!: CycleStatus;
  @Column({ name: 'last_run', type: 'jsonb' }) lastRun!: CycleRunFigures;
  @Column({ type: 'jsonb', nullable: true }) publication!: CyclePublication | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'run_at', type: 'timestamptz' }) runAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
}
