import type { MentorshipStatus } from '@passerelle/contracts/matching-codes';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { memberName } from '../privacy/memberName';
import type { MentorshipView } from './mentorshipsApi';

/** The states where the pair is still together (the others are history). */
export const OPEN_STATUSES: readonly MentorshipStatus[] = ['proposed', 'active', 'paused'];

/** The person across from the reader, and how they stand. */
export function otherPerson(mentorship: MentorshipView): { accountId: string; displayName: string } {
  return mentorship.mySide === 'mentor' ? mentorship.mentee : mentorship.mentor;
}

export function otherName(t: TFunction, mentorship: MentorshipView): string {
  return memberName(t, otherPerson(mentorship).displayName);
}

/** "1 h", "45 min", "1 h 30" from minutes a month. */
export function useMeetingDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('mentorships.duration.minutes', { minutes: rest });
    if (rest === 0) return t('mentorships.duration.hours', { hours });
    return t('mentorships.duration.hoursMinutes', { hours, minutes: rest });
  };
}
