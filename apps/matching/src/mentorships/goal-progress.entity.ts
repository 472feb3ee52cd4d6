import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MentorshipGoal } from './mentorship-goal.entity.js';

/** One progress update of a goal; the newest is the goal's current percent, the rest its history. */
@Entity({ name: 'goal_progress' })
@Index('goal_progress_goal', ['goalId', 'createdAt'])
@Check('goal_progress_percent', `"percent" BETWEEN 0 AND 100`)
@Check('goal_progress_author_side', `"author_side" IN ('mentor', 'mentee')`)
export class GoalProgress {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'goal_id', type: 'uuid' }) goalId!: string;
  @ManyToOne(() => MentorshipGoal, (goal) => goal.progress, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<MentorshipGoal>;
  @Column({ type: 'smallint' }) percent!: number;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
  @Column({ name: 'author_side', type: 'varchar', length: 10 }) authorSide!: 'mentor' | 'mentee';
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
