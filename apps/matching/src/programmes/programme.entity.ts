import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MentoringMode } from '@passerelle/contracts';

/**
 * A mentoring programme the association runs: its mode, the score weights
 * staff tuned for it, and its timings. Requests, mentorships and cycles
 * belong to one programme; a mentee has at most one open request per
 * programme.
 */
@Entity({ name: 'programmes' })
export class Programme {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stable short name (`mentorat`, `mentorat-inverse`). */
  @Column({ type: 'varchar', length: 60, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 20 }) mode!: MentoringMode;
  @Column({ name: 'name_fr', type: 'varchar', length: 120 }) nameFr!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 120 }) nameEn!: string;
  /** Score part → weight (any non-negative numbers; the scoring normalises them). Empty: the defaults. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) weights!: Record<string, number>;
  @Column({ name: 'request_expiry_days', type: 'smallint' }) requestExpiryDays!: number;
  @Column({ name: 'stalled_after_days', type: 'smallint' }) stalledAfterDays!: number;
  @Column({ name: 'meeting_minutes_per_month', type: 'smallint' }) meetingMinutesPerMonth!: number;
  @Column({ name: 'duration_months', type: 'smallint' }) durationMonths!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
