import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export interface StoredQuizChoice {
  id: string;
  labelFr: string;
  labelEn: string;
}

/** A quiz question with its answer: stays on the server until the module is passed. */
export interface StoredQuizQuestion {
  id: string;
  promptFr: string;
  promptEn: string;
  choices: StoredQuizChoice[];
  correctChoiceId: string;
}

/** A short training module for mentors (markdown FR/EN) and its quiz. Loaded at start from TRAINING_CATALOGUE. */
@Entity({ name: 'training_modules' })
@Check('training_modules_pass_mark_range', `"pass_mark_percent" BETWEEN 1 AND 100`)
export class TrainingModule {
  @PrimaryColumn({ type: 'varchar', length: 60 }) id!: string;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ name: 'title_fr', type: 'varchar', length: 120 }) titleFr!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 120 }) titleEn!: string;
  @Column({ name: 'summary_fr', type: 'varchar', length: 300 }) summaryFr!: string;
  @Column({ name: 'summary_en', type: 'varchar', length: 300 }) summaryEn!: string;
  @Column({ name: 'content_fr', type: 'text' }) contentFr!: string;
  @Column({ name: 'content_en', type: 'text' }) contentEn!: string;
  @Column({ name: 'pass_mark_percent', type: 'smallint' }) passMarkPercent!: number;
  @Column({ type: 'jsonb' }) questions!: StoredQuizQuestion[];
}
