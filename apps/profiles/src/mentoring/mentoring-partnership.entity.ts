import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';

/**
 * A mentorship as profiles needs it: who is whose mentoring partner, for the
 * fields an owner shows to partners only. Copied from matching's
 * `mentorship.started` / `mentorship.ended` events. A row is open
 * (`ended_at` null) while the mentorship is active or paused, and kept once
 * it ends: the history lets a late or replayed event about the same
 * mentorship change nothing.
 */
@Entity({ name: 'mentoring_partnerships' })
// Partners are looked up per pair, in both directions (the reader may be the mentor or the mentee).
@Index('mentoring_partnerships_pair_idx', ['mentorId', 'menteeId'])
@Index('mentoring_partnerships_mentee_idx', ['menteeId'])
export class MentoringPartnership {
  /** Matching's mentorship id: one row per mentorship, whatever its events' ids. */
  @PrimaryColumn({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;

  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<Account>;

  @Column({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<Account>;

  /** When the mentorship became active. */
  @Column({ type: 'timestamptz' }) since!: Date;

  /** When it was completed or ended early; null while it runs (active or paused). */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
