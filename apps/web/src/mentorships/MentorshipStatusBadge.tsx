import type { MentorshipStatus } from '@passerelle/contracts/matching-codes';
import { useTranslation } from 'react-i18next';

export function MentorshipStatusBadge({ status }: { status: MentorshipStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>{t(`mentorships.statuses.${status}`)}</span>
  );
}
