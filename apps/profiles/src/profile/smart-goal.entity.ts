import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { SmartGoalStatus } from '@passerelle/contracts';
import { Account } from '../accounts/account.entity.js';

/** A student's SMART goal (specific, measurable, with a target date). */
@Entity({ name: 'smart_goals' })
@Index('smart_goals_account_idx', ['accountId'])
@Check('smart_goals_status', `"status" IN ('open', 'achieved', 'abandoned')`)
export class SmartGoal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;
  @Column({ type: 'varchar', length: 120 }) title!: string;
  @Column({ type: 'varchar', length: 1000 }) specific!: string;
  @Column({ type: 'varchar', length: 1000 }) measurable!: string;
  /** A calendar date, YYYY-MM-DD (pg returns date columns as strings). */
  @Column({ name: 'target_date', type: 'date' }) targetDate!: string;
  @Column({ type: 'varchar', length: 20, default: 'open' }) status!: SmartGoalStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
