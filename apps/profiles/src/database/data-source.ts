import { DataSource } from 'typeorm';
import {
  InboxMessage,
  migrateToLatest,
  OutboxMessage,
  serviceDataSourceDefaults,
} from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { DirectoryDocument } from '../directory/directory-document.entity.js';
import { MentorActivity } from '../directory/mentor-activity.entity.js';
import { MentorAnswer } from '../mentoring/mentor-answer.entity.js';
import { MentoringPartnership } from '../mentoring/mentoring-partnership.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { CharterAcceptance } from '../onboarding/charter-acceptance.entity.js';
import { CharterVersion } from '../onboarding/charter-version.entity.js';
import { Mentor } from '../onboarding/mentor.entity.js';
import { TrainingCompletion } from '../onboarding/training-completion.entity.js';
import { TrainingModule } from '../onboarding/training-module.entity.js';
import { AlumnusProfile } from '../profile/alumnus-profile.entity.js';
import { AvailabilitySlotRow } from '../profile/availability-slot.entity.js';
import { ProfilePhoto } from '../profile/profile-photo.entity.js';
import { SmartGoal } from '../profile/smart-goal.entity.js';
import { StaffProfile } from '../profile/staff-profile.entity.js';
import { StudentProfile } from '../profile/student-profile.entity.js';
import { RefreshToken } from '../sessions/refresh-token.entity.js';
import { PersonSkill } from '../taxonomy/person-skill.entity.js';
import { ProfileTag } from '../taxonomy/profile-tag.entity.js';
import { SkillFamily } from '../taxonomy/skill-family.entity.js';
import { Skill } from '../taxonomy/skill.entity.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { migrations } from './migrations/index.js';

/** Every table of this service lives in its own schema; no other service reads it. */
export const PROFILES_SCHEMA = 'profiles';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    schema: PROFILES_SCHEMA,
    entities: [
      Account,
      RefreshToken,
      OutboxMessage,
      InboxMessage,
      // audit log (H3)
      AuditEntry,
      // mentor onboarding (H3)
      CharterVersion,
      CharterAcceptance,
      TrainingModule,
      TrainingCompletion,
      Mentor,
      // profile (H2)
      AlumnusProfile,
      StudentProfile,
      StaffProfile,
      SmartGoal,
      AvailabilitySlotRow,
      ProfilePhoto,
      SkillFamily,
      Skill,
      PersonSkill,
      Tag,
      ProfileTag,
      // directory (H4)
      DirectoryDocument,
      MentorActivity,
      // mentoring facts from matching's events
      MentoringPartnership,
      MentorAnswer,
    ],
    migrations,
    ...serviceDataSourceDefaults(poolSize),
  });
}

/** Connects and brings the schema up to date; the app never starts on an old schema. */
export function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return migrateToLatest(createDataSource(url, poolSize));
}
