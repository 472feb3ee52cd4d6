import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { currentLocale } from '../i18n/i18n';

/** One button naming the other language in that language, as people look for their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { changeLocale } = useAuth();
  const otherLocale = currentLocale() === 'fr' ? 'en' : 'fr';

  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={otherLocale}
      aria-label={t('layout.switchLanguageLabel')}
      // The interface switches at once; if saving the choice to the account fails, the next
      // sign-in brings back the account's language, which is the lesser surprise.
      onClick={() => void changeLocale(otherLocale).catch(() => undefined)}
    >
      <svg aria-hidden="true" className="language-switch__icon" viewBox="0 0 24 24" width="18" height="18">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      {t('layout.switchLanguage')}
    </button>
  );
}
