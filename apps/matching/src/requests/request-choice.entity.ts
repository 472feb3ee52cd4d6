import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { ChoiceOutcome, DeclineReason } from '@passerelle/contracts';
import { MentoringRequest } from './request.entity.js';

/**
 * One ranked mentor of a request and what became of it. A choice is
 * `waiting` from the request's creation until it is answered, expires or the
 * request closes (then `skipped` or `withdrawn`), so the partial unique index
 * on (mentee, mentor) over waiting choices is the database's "no second open
 * request to the same mentor".
 */
@Entity({ name: 'request_choices' })
@Unique('request_choices_rank', ['requestId', 'rank'])
@Index('request_choices_one_open_per_pair', ['menteeId', 'mentorId'], {
  unique: true,
  where: `outcome = 'waiting'`,
})
@Index('request_choices_mentor', ['mentorId', 'outcome'])
// The pairing history's reads (open and declined choices of many mentees).
@Index('request_choices_mentee', ['menteeId', 'outcome'])
// The expiry sweep's scan: sent choices still waiting, by deadline.
@Index('request_choices_expiry', ['expiresAt'], { where: `outcome = 'waiting' AND expires_at IS NOT NULL` })
@Check('request_choices_rank_range', `"rank" BETWEEN 1 AND 3`)
@Check(
  'request_choices_outcome',
  `"outcome" IN ('waiting', 'accepted', 'declined', 'expired', 'skipped', 'withdrawn')`,
)
export class RequestChoice {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @ManyToOne(() => MentoringRequest, (request) => request.choices, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<MentoringRequest>;
  @Column({ type: 'smallint' }) rank!: number;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  /** The request's mentee, copied here for the one-open-request-per-pair index. */
  @Column({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  @Column({ type: 'varchar', length: 20, default: 'waiting' }) outcome!: ChoiceOutcome;
  /** When the request reached this mentor; null while an earlier choice holds it. */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  /** When the request moves on if this mentor has not answered (pushed back by the time spent waiting for the mentee's answer). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  /** Set while the mentor's question waits for the mentee: the expiry clock is stopped meanwhile. */
  @Column({ name: 'info_requested_at', type: 'timestamptz', nullable: true }) infoRequestedAt!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ name: 'decline_reason', type: 'varchar', length: 40, nullable: true })
  declineReason!: DeclineReason | null;
  @Column({ name: 'decline_note', type: 'varchar', length: 1000, nullable: true }) declineNote!:
    string | null;
}
