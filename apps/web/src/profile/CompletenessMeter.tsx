import { useTranslation } from 'react-i18next';
import type { MyProfileView } from './profileApi';

type Item = keyof typeof import('../i18n/profile.fr').profileFr.items;

/** The score, as a meter, and what is still missing. */
export function CompletenessMeter({ completeness }: { completeness: MyProfileView['completeness'] }) {
  const { t } = useTranslation();
  const { score, missing } = completeness;
  return (
    <section className="card completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="card__title">
        {t('profile.completeness.title', { score })}
      </h2>
      <meter
        className="completeness__meter"
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={score}
        aria-label={t('profile.completeness.label')}
      >
        {score} %
      </meter>
      {missing.length === 0 ? (
        <p>{t('profile.completeness.complete')}</p>
      ) : (
        <>
          <p>{t('profile.completeness.missing')}</p>
          <ul className="completeness__missing">
            {missing.map((item) => (
              <li key={item}>{t(`profile.items.${item as Item}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
