import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';

/**
 * A mentor's answer (accept or decline) to a request, with when the request
 * reached them: the directory shows the median time of a mentor's latest
 * answers. Only the latest ones per mentor are kept.
 */
@Entity({ name: 'mentor_answers' })
@Index('mentor_answers_latest_idx', ['mentorId', 'answeredAt'])
export class MentorAnswer {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;

  /** Part of the key: a request goes to the mentee's choices one after the other. */
  @PrimaryColumn({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<Account>;

  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
  @Column({ name: 'answered_at', type: 'timestamptz' }) answeredAt!: Date;
}
