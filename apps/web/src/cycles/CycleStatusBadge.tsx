import { useTranslation } from 'react-i18next';
import type { CycleView } from './cyclesApi';

export function CycleStatusBadge({ status }: { status: CycleView['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={status === 'published' ? 'badge badge--ok' : 'badge'}>
      {t(`cycles.statuses.${status}`)}
    </span>
  );
}
