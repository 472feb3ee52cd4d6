import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type {
  EarlyEndReason,
  MentoringMode,
  MentorshipOrigin,
  MentorshipStatus,
} from '@passerelle/contracts';
import { Programme } from '../programmes/programme.entity.js';

/**
 * A pairing of a mentor and a mentee in a programme, from proposal to its
 * end. Ended, declined and completed rows stay: rematching after an early
 * end starts a new row, so the history is kept. While proposed, active or
 * paused it holds one of the mentor's places (members.places_taken), and at
 * most one such row exists per pair (partial unique index).
 */
@Entity({ name: 'mentorships' })
@Index('mentorships_one_open_per_pair', ['mentorId', 'menteeId'], {
  unique: true,
  where: `status IN ('proposed', 'active', 'paused')`,
})
@Index('mentorships_mentor', ['mentorId', 'status'])
@Index('mentorships_mentee', ['menteeId', 'status'])
export class Mentorship {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;
  @Column({ type: 'varchar', length: 20 }) mode!: MentoringMode;
  @Column({ type: 'varchar', length: 20 }) origin!: MentorshipOrigin;
  /** The request it came from (origin `request`). */
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  /** The cycle that proposed it (origin `cycle`). */
  @Column({ name: 'cycle_id', type: 'uuid', nullable: true }) cycleId!: string | null;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @Column({ name: 'mentee_id', type: 'uuid' }) menteeId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: MentorshipStatus;

  /** The agreement both accept at the start. */
  @Column({ name: 'meeting_minutes_per_month', type: 'smallint' }) meetingMinutesPerMonth!: number;
  @Column({ name: 'duration_months', type: 'smallint' }) durationMonths!: number;
  @Column({ name: 'mentor_accepted_at', type: 'timestamptz', nullable: true }) mentorAcceptedAt!: Date | null;
  @Column({ name: 'mentee_accepted_at', type: 'timestamptz', nullable: true }) menteeAcceptedAt!: Date | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' }) proposedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true }) pausedAt!: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'end_reason', type: 'varchar', length: 40, nullable: true })
  endReason!: EarlyEndReason | null;
  @Column({ name: 'end_note', type: 'varchar', length: 1000, nullable: true }) endNote!: string | null;
  /** Before the term, completing takes both sides: the first to ask is kept here until the other agrees. */
  @Column({ name: 'completion_requested_by', type: 'varchar', length: 10, nullable: true })
  completionRequestedBy!: 'mentor' | 'mentee' | null;
  /** Last session, message or action of either side known to matching: what "stalled" is measured from. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' }) lastActivityAt!: Date;
}
