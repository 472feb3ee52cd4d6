import { useTranslation } from 'react-i18next';
import type { MentorQueueEntry } from './onboardingApi';

/** Whether the mentor accepted the current charter, an older one, or none. */
export function CharterBadge({ charter }: { charter: MentorQueueEntry['charter'] }) {
  const { t } = useTranslation();
  if (charter.current)
    return (
      <span className="badge badge--ok">
        {t('onboarding.queue.charterCurrent', { version: charter.acceptedVersion })}
      </span>
    );
  if (charter.acceptedVersion !== null)
    return (
      <span className="badge badge--warn">
        {t('onboarding.queue.charterOld', { version: charter.acceptedVersion })}
      </span>
    );
  return <span className="badge">{t('onboarding.queue.charterNone')}</span>;
}

export function TrainingBadge({ training }: { training: MentorQueueEntry['training'] }) {
  const { t } = useTranslation();
  return (
    <span className={training.complete ? 'badge badge--ok' : 'badge'}>
      {t('onboarding.queue.trainingStatus', { valid: training.validModules, total: training.totalModules })}
    </span>
  );
}
