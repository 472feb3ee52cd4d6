import type { RequestStatus } from '@passerelle/contracts/matching-codes';
import { useTranslation } from 'react-i18next';

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`requests.statuses.${status}`)}</span>;
}
