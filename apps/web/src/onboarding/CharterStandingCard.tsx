import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLoaded } from '../profile/useProfile';
import { useFormatDate } from './format';
import { onboardingApi } from './onboardingApi';
import { mentorPath } from './paths';

/**
 * For staff on a member's page: whether the member accepted the ethics charter
 * in force, so nobody is matched before they did.
 */
export function CharterStandingCard({ accountId, isAlumnus }: { accountId: string; isAlumnus: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const load = useCallback(() => onboardingApi.charterStanding(accountId), [accountId]);
  const { state } = useLoaded(load);
  if (state.status !== 'loaded') return null;

  const standing = state.value;
  const date = formatDate(standing.acceptedAt);
  const summary = standing.acceptedCurrent
    ? t('onboarding.standing.current', { version: standing.currentVersion, date })
    : standing.acceptedVersion !== null
      ? t('onboarding.standing.outdated', {
          accepted: standing.acceptedVersion,
          current: standing.currentVersion,
          date,
        })
      : t('onboarding.standing.never', { current: standing.currentVersion });

  return (
    <section className="card" aria-labelledby="charter-standing-title">
      <h2 id="charter-standing-title" className="card__title">
        {t('onboarding.standing.title')}
      </h2>
      <p data-testid="charter-standing">{summary}</p>
      {isAlumnus && <Link to={mentorPath(accountId)}>{t('onboarding.standing.mentorFile')}</Link>}
    </section>
  );
}
