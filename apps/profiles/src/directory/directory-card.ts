import {
  FEW_DAYS_IN_HOURS,
  photoUrlOf,
  type CountryCode,
  type DirectoryCard,
  type DirectoryMentorStatus,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type Sector,
} from '@passerelle/contracts';
import type { DirectoryAudience } from './directory-document.entity.js';
import type { DirectoryRow } from './directory-query.js';

/** How many skills a card shows. */
export const CARD_SKILLS = 4;

/** Null when nobody knows yet: the card then says nothing rather than guess. */
export function answersWithinAFewDays(medianResponseHours: number | null): boolean | null {
  return medianResponseHours === null ? null : medianResponseHours <= FEW_DAYS_IN_HOURS;
}

export function toDirectoryCard(row: DirectoryRow, audience: DirectoryAudience): DirectoryCard {
  return {
    accountId: row.account_id,
    displayName: row.display_name,
    photoUrl: row.photo_updated_at ? photoUrlOf(row.account_id, row.photo_updated_at) : null,
    jobTitle: row.job_title,
    employer: row.employer,
    sector: row.sector as Sector | null,
    city: row.city,
    country: row.country as CountryCode | null,
    timeZone: row.time_zone,
    graduationYear: row.graduation_year,
    languages: row.languages as LanguageCode[],
    topSkills: row.skills.slice(0, CARD_SKILLS),
    topics: row.topics as MentoringTopic[],
    formats: row.formats as MeetingFormat[],
    availableMentor: row.mentor_status === 'available',
    freePlaces: row.mentor_status === 'available' ? Math.max(0, row.capacity - row.active_mentees) : null,
    lastActiveAt: row.last_active_at?.toISOString() ?? null,
    answersWithinAFewDays: answersWithinAFewDays(row.median_response_hours),
    ...(audience === 'staff' && { mentorStatus: row.mentor_status as DirectoryMentorStatus | null }),
  };
}
