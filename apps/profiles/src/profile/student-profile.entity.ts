import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import type {
  CountryCode,
  JobSearchStage,
  LanguageCode,
  MeetingFormat,
  ReverseMentoringTopic,
  Sector,
  Visibility,
} from '@passerelle/contracts';
import { listColumn, OwnedByAccount } from './owned-by-account.js';

/** A student's targets and needs assessment; their SMART goals are in smart_goals. */
@Entity({ name: 'student_profiles' })
export class StudentProfile extends OwnedByAccount {
  @Column({ type: 'varchar', length: 120, nullable: true }) programme!: string | null;
  @Column({ name: 'expected_graduation_year', type: 'smallint', nullable: true })
  expectedGraduationYear!: number | null;
  @Column({ name: 'target_roles', type: 'varchar', length: 120, array: true, default: () => "'{}'" })
  targetRoles!: string[];
  @Column(listColumn('target_sectors')) targetSectors!: Sector[];
  @Column(listColumn('languages')) languages!: LanguageCode[];
  @Column(listColumn('preferred_formats')) preferredFormats!: MeetingFormat[];
  @Column({ type: 'varchar', length: 120, nullable: true }) city!: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) country!: CountryCode | null;
  /** Offers to mentor an alumnus on digital topics (reverse mentoring, as the mentor), on these topics. */
  @Column({ name: 'offers_reverse_mentoring', type: 'boolean', default: false })
  offersReverseMentoring!: boolean;
  @Column(listColumn('reverse_mentoring_offer')) reverseMentoringOffer!: ReverseMentoringTopic[];
  @Column({ name: 'job_search_stage', type: 'varchar', length: 40, nullable: true })
  jobSearchStage!: JobSearchStage | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) strengths!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) gaps!: string | null;
  @Column({ name: 'mentor_expectations', type: 'varchar', length: 1000, nullable: true })
  mentorExpectations!: string | null;
  /** Only the fields whose visibility the owner changed; the rest use DEFAULT_FIELD_VISIBILITY. */
  @Column({ name: 'field_visibility', type: 'jsonb', default: () => "'{}'" })
  fieldVisibility!: Partial<Record<string, Visibility>>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
