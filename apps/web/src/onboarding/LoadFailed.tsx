import { useTranslation } from 'react-i18next';
import type { Loaded } from '../profile/useProfile';

/** Loading and failure states shared by the onboarding pages. */
export function LoadState({ state, reload }: { state: Loaded<unknown>; reload(): void }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'loaded') return null;
  return (
    <div className="notice notice--error" role="alert">
      {t('onboarding.loadFailed')}{' '}
      <button type="button" className="button button--quiet" onClick={reload}>
        {t('onboarding.retry')}
      </button>
    </div>
  );
}
