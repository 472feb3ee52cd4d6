import { Check, Column, Entity, UpdateDateColumn } from 'typeorm';
import { OwnedByAccount } from '../profile/owned-by-account.js';

/**
 * Facts about a mentor that the mentoring itself produces: how many mentees
 * they follow now and how fast they usually answer a request. Matching owns
 * mentorships and requests; its events (mentorship started / ended, request
 * answered) will maintain this row once matching exists. Until then a mentor
 * has 0 active mentees and an unknown (null) response time, except in the
 * demo data.
 */
@Entity({ name: 'mentor_activity' })
@Check('mentor_activity_active_mentees', `"active_mentees" >= 0`)
@Check('mentor_activity_median_response_hours', `"median_response_hours" >= 0`)
export class MentorActivity extends OwnedByAccount {
  @Column({ name: 'active_mentees', type: 'smallint', default: 0 }) activeMentees!: number;
  /** Null until a mentor has answered requests: the directory then says nothing rather than guess. */
  @Column({ name: 'median_response_hours', type: 'real', nullable: true }) medianResponseHours!:
    number | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
