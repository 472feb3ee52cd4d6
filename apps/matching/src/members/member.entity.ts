import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MentorApproval, Role } from '@passerelle/contracts';

/** A weekly slot in the owner's zone: weekday 1 (Monday) – 7, minutes since midnight. */
export interface StoredSlot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** The approval standing profiles reports for a mentor. */
export type { MentorApproval };

const textList = (name: string) =>
  ({ name, type: 'varchar', length: 80, array: true, default: () => "'{}'" }) as const;

/**
 * Matching's read model of one member (alumnus or student): the facts the
 * suggestions and cycles score, copied from the profiles events
 * (evt.profiles.profile.updated.v1, mentor.status-changed.v1), never read
 * from profiles per candidate. The place count is matching's own: it is the
 * one column requests and proposals update, with a conditional UPDATE, so
 * two requests racing for a mentor's last place cannot both take it.
 */
@Entity({ name: 'members' })
@Index('members_changed_at', ['changedAt'])
export class Member {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'varchar', length: 20 }) role!: Role;
  @Column({ name: 'display_name', type: 'varchar', length: 200 }) displayName!: string;
  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone!: string;
  /** Alumnus: skills held; student: skills to develop. */
  @Column(textList('skill_ids')) skillIds!: string[];
  /** Alumnus: their sector (0 or 1); student: target sectors. */
  @Column(textList('sectors')) sectors!: string[];
  /** Alumnus: topics offered. */
  @Column(textList('topics')) topics!: string[];
  @Column(textList('formats')) formats!: string[];
  /** Most fluent (or preferred) first. */
  @Column(textList('languages')) languages!: string[];
  @Column({ type: 'char', length: 2, nullable: true }) country!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) availability!: StoredSlot[];
  /** Alumnus: job title; the target-role part of the score reads its words. */
  @Column({ name: 'job_title', type: 'varchar', length: 120, nullable: true }) jobTitle!: string | null;
  /** Student: the roles they aim at. */
  @Column({ name: 'target_roles', type: 'varchar', length: 120, array: true, default: () => "'{}'" })
  targetRoles!: string[];
  /** Alumnus: year of graduation; student: expected year (cohorts, "recent graduate"). */
  @Column({ name: 'graduation_year', type: 'smallint', nullable: true }) graduationYear!: number | null;
  /** Alumnus: wants a student to mentor them back (the reverse-mentoring mentee)… */
  @Column({ name: 'open_to_reverse_mentoring', type: 'boolean', default: false })
  openToReverseMentoring!: boolean;
  /** …on these topics. */
  @Column(textList('reverse_mentoring_topics')) reverseMentoringTopics!: string[];
  /** Student or recent graduate: offers to mentor an alumnus (the reverse-mentoring mentor)… */
  @Column({ name: 'offers_reverse_mentoring', type: 'boolean', default: false })
  offersReverseMentoring!: boolean;
  /** …on these topics. */
  @Column(textList('reverse_mentoring_offer')) reverseMentoringOffer!: string[];
  @Column({ name: 'job_search_stage', type: 'varchar', length: 40, nullable: true })
  jobSearchStage!: string | null;

  /** Most mentees at once (alumni from their profile; students mentoring back: 1). */
  @Column({ type: 'smallint', default: 0 }) capacity!: number;
  /** Places held by proposed, active and paused mentorships. Maintained by matching only. */
  @Column({ name: 'places_taken', type: 'smallint', default: 0 }) placesTaken!: number;
  @Column({ type: 'varchar', length: 20, default: 'none' }) approval!: MentorApproval;
  /** Approved, current charter accepted, valid training (profiles' derived availability). */
  @Column({ name: 'available_to_mentor', type: 'boolean', default: false }) availableToMentor!: boolean;
  /** When profiles last changed the approval or availability (the event's occurredAt): older events are ignored. */
  @Column({ name: 'standing_changed_at', type: 'timestamptz', nullable: true })
  standingChangedAt!: Date | null;
  /** Median hours a mentor took to answer requests; null before the first answer. */
  @Column({ name: 'median_response_hours', type: 'real', nullable: true }) medianResponseHours!:
    number | null;
  /** Last request, answer or mentorship action seen by matching (sessions and messages will add to it). */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true }) lastActiveAt!: Date | null;

  /** When profiles last changed the profile facts (the event's updatedAt): older events are ignored. */
  @Column({ name: 'profile_updated_at', type: 'timestamptz' }) profileUpdatedAt!: Date;
  /** Bumped on every change: the in-memory suggestion index reloads rows changed since its last look. */
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) changedAt!: Date;
}
