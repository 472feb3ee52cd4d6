import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { TrainingModule } from './training-module.entity.js';

/** A person passed a module; the pass counts until `validUntil`, then the module must be taken again. */
@Entity({ name: 'training_completions' })
@Index('training_completions_valid_until_idx', ['validUntil'])
export class TrainingCompletion {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @PrimaryColumn({ name: 'module_id', type: 'varchar', length: 60 }) moduleId!: string;
  @Column({ name: 'correct_answers', type: 'smallint' }) correctAnswers!: number;
  @Column({ name: 'question_count', type: 'smallint' }) questionCount!: number;
  @Column({ name: 'passed_at', type: 'timestamptz' }) passedAt!: Date;
  @Column({ name: 'valid_until', type: 'timestamptz' }) validUntil!: Date;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @ManyToOne(() => TrainingModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<TrainingModule>;
}
