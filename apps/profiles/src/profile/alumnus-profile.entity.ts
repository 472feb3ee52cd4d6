import { Check, Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import {
  MENTOR_CAPACITY_DEFAULT,
  type CountryCode,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type ReverseMentoringTopic,
  type Sector,
  type Visibility,
} from '@passerelle/contracts';
import { listColumn, OwnedByAccount } from './owned-by-account.js';

/** What an alumnus (a mentor) tells about themself and offers. */
@Entity({ name: 'alumnus_profiles' })
@Check('alumnus_profiles_capacity_range', `"capacity" BETWEEN 0 AND 20`)
@Check('alumnus_profiles_bio_length', `char_length("bio") <= 1000`)
export class AlumnusProfile extends OwnedByAccount {
  @Column({ name: 'graduation_year', type: 'smallint', nullable: true }) graduationYear!: number | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) programme!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) employer!: string | null;
  @Column({ name: 'job_title', type: 'varchar', length: 120, nullable: true }) jobTitle!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) sector!: Sector | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) city!: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) country!: CountryCode | null;
  @Column({ name: 'years_of_experience', type: 'smallint', nullable: true }) yearsOfExperience!:
    number | null;
  @Column(listColumn('languages')) languages!: LanguageCode[];
  @Column({ name: 'linkedin_url', type: 'varchar', length: 200, nullable: true }) linkedinUrl!: string | null;
  @Column({ type: 'text', nullable: true }) bio!: string | null;
  @Column(listColumn('topics')) topics!: MentoringTopic[];
  @Column(listColumn('formats')) formats!: MeetingFormat[];
  /** Max active mentees at once. */
  @Column({ type: 'smallint', default: MENTOR_CAPACITY_DEFAULT }) capacity!: number;
  /** Wants a student to mentor them back (reverse mentoring, as the mentee), on these topics. */
  @Column({ name: 'open_to_reverse_mentoring', type: 'boolean', default: false })
  openToReverseMentoring!: boolean;
  @Column(listColumn('reverse_mentoring_topics')) reverseMentoringTopics!: ReverseMentoringTopic[];
  /** A recent graduate offering to mentor an alumnus (reverse mentoring, as the mentor), on these topics. */
  @Column({ name: 'offers_reverse_mentoring', type: 'boolean', default: false })
  offersReverseMentoring!: boolean;
  @Column(listColumn('reverse_mentoring_offer')) reverseMentoringOffer!: ReverseMentoringTopic[];
  /** Only the fields whose visibility the owner changed; the rest use DEFAULT_FIELD_VISIBILITY. */
  @Column({ name: 'field_visibility', type: 'jsonb', default: () => "'{}'" })
  fieldVisibility!: Partial<Record<string, Visibility>>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
