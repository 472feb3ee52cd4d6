import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { GoalProgress } from './goal-progress.entity.js';
import { Mentorship } from './mentorship.entity.js';

/**
 * A goal the pair works on: copied from the mentee's SMART goals when the
 * mentorship starts, then edited and added to by either side.
 */
@Entity({ name: 'mentorship_goals' })
@Index('mentorship_goals_mentorship', ['mentorshipId', 'createdAt'])
export class MentorshipGoal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Relation<Mentorship>;
  @Column({ type: 'varchar', length: 120 }) title!: string;
  /** A calendar date, YYYY-MM-DD (pg returns date columns as strings). */
  @Column({ name: 'target_date', type: 'date' }) targetDate!: string;
  /** The profiles SMART goal it was copied from, if any. */
  @Column({ name: 'source_goal_id', type: 'uuid', nullable: true }) sourceGoalId!: string | null;
  @OneToMany(() => GoalProgress, (progress) => progress.goal) progress?: Relation<GoalProgress>[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
