import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CountryCode, LanguageCode, MeetingFormat, MentoringTopic, Sector } from '@passerelle/contracts';
import { Account } from '../accounts/account.entity.js';

/**
 * Who a document is written for. `members` (students and alumni) get the
 * alumnus's fields visible to every member, and a document only when the
 * mentor is listed; `staff` get every field of every alumnus. Searching a
 * member document therefore can never match, filter on or show a hidden field.
 */
export const DIRECTORY_AUDIENCES = ['members', 'staff'] as const;
export type DirectoryAudience = (typeof DIRECTORY_AUDIENCES)[number];

export interface DirectorySkill {
  id: string;
  labelFr: string;
  labelEn: string;
}

/**
 * The directory's read model: one row per alumnus and audience, rebuilt by
 * DirectoryIndexer in the transaction of every change that affects it. A
 * separate table rather than columns on alumnus_profiles because it gathers
 * facts from several tables (account, profile, skills, photo, mentor status and
 * activity) and holds them per audience, so one search reads one table.
 */
@Entity({ name: 'directory_documents' })
@Check('directory_documents_audience', `"audience" IN ('members', 'staff')`)
// One text index per audience: a search reads one audience, and filtering the other out
// of a shared index cost more than the text match itself at 100k alumni.
@Index('directory_documents_members_search_idx', ['search'], { type: 'gin', where: `"audience" = 'members'` })
@Index('directory_documents_staff_search_idx', ['search'], { type: 'gin', where: `"audience" = 'staff'` })
@Index('directory_documents_skill_ids_idx', ['skillIds'], { type: 'gin' })
@Index('directory_documents_languages_idx', ['languages'], { type: 'gin' })
@Index('directory_documents_sector_idx', ['audience', 'sector'])
@Index('directory_documents_graduation_year_idx', ['audience', 'graduationYear'])
@Index('directory_documents_country_idx', ['audience', 'country'])
export class DirectoryDocument {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) audience!: DirectoryAudience;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @Column({ name: 'display_name', type: 'varchar', length: 100 }) displayName!: string;
  @Column({ name: 'photo_updated_at', type: 'timestamptz', nullable: true }) photoUpdatedAt!: Date | null;
  @Column({ name: 'job_title', type: 'varchar', length: 120, nullable: true }) jobTitle!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) employer!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) sector!: Sector | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) city!: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) country!: CountryCode | null;
  /** Always visible (meetings are planned with it); the offset filter computes its offset at search time. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone!: string;
  @Column({ name: 'graduation_year', type: 'smallint', nullable: true }) graduationYear!: number | null;
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" }) languages!: LanguageCode[];
  @Column({ name: 'skill_ids', type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  skillIds!: string[];
  /** The skills with their labels, for the card, in the order the card shows them. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) skills!: DirectorySkill[];
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" }) topics!: MentoringTopic[];
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" }) formats!: MeetingFormat[];
  @Column({ type: 'smallint' }) capacity!: number;
  @Column({ name: 'active_mentees', type: 'smallint' }) activeMentees!: number;
  @Column({ name: 'median_response_hours', type: 'real', nullable: true }) medianResponseHours!:
    number | null;
  /** Onboarding's status of the mentor (null while onboarding has not decided anything). */
  @Column({ name: 'mentor_status', type: 'varchar', length: 20, nullable: true }) mentorStatus!:
    string | null;
  /** A copy of accounts.last_active_at (kept by AccountsService.touch), so sorting by it needs no join. */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true }) lastActiveAt!: Date | null;
  /** French and English stems of the name, job, skills and bio, accents removed (see search-vector.ts). */
  @Column({ type: 'tsvector' }) search!: string;
  @Column({ name: 'refreshed_at', type: 'timestamptz', default: () => 'now()' }) refreshedAt!: Date;
}
