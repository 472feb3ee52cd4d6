import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { requestPaths } from './paths';

/**
 * Sent and received requests side by side: in reverse mentoring a student also mentors and an
 * alumnus also asks, so either page may matter to anyone.
 */
export function RequestTabs() {
  const { t } = useTranslation();
  return (
    <nav className="request-tabs" aria-label={t('requests.tabs.label')}>
      <NavLink end to={requestPaths.mine} className="request-tabs__link">
        {t('requests.tabs.mine')}
      </NavLink>
      <NavLink to={requestPaths.incoming} className="request-tabs__link">
        {t('requests.tabs.incoming')}
      </NavLink>
    </nav>
  );
}
