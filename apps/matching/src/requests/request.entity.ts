import {
  Check,
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
import type { MentoringMode, RequestStatus } from '@passerelle/contracts';
import { Programme } from '../programmes/programme.entity.js';
import { RequestChoice } from './request-choice.entity.js';
import { RequestExchange } from './request-exchange.entity.js';

/**
 * A mentee's request to up to three ranked mentors, sent to one at a time
 * (`currentRank`). At most one open request per mentee and programme: a
 * partial unique index, so two requests sent at the same moment cannot both
 * be stored.
 */
@Entity({ name: 'requests' })
@Index('requests_one_open_per_mentee_programme', ['menteeId', 'programmeId'], {
  unique: true,
  where: `status IN ('pending', 'info-requested')`,
})
@Index('requests_mentee', ['menteeId', 'createdAt'])
@Check(
  'requests_status',
  `"status" IN ('pending', 'info-requested', 'accepted', 'declined', 'expired', 'withdrawn')`,
)
export class MentoringRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;
  @Column({ type: 'varchar', length: 20 }) mode!: MentoringMode;
  @Column({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  /** What the mentee hopes for; never leaves matching in an event. */
  @Column({ type: 'varchar', length: 2000 }) message!: string;
  @Column({ type: 'varchar', length: 20 }) status!: RequestStatus;
  /** The rank of the choice the request is with now (1–3); the last one reached once closed. */
  @Column({ name: 'current_rank', type: 'smallint', default: 1 }) currentRank!: number;
  /** The mentorship the request became, once accepted. */
  @Column({ name: 'mentorship_id', type: 'uuid', nullable: true }) mentorshipId!: string | null;
  @OneToMany(() => RequestChoice, (choice) => choice.request) choices?: Relation<RequestChoice>[];
  @OneToMany(() => RequestExchange, (exchange) => exchange.request) exchanges?: Relation<RequestExchange>[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
