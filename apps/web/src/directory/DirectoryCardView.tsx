import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { countryName } from '../profile/labels';
import { ProfilePhoto } from '../profile/ProfilePhoto';
import type { DirectoryCard } from './directoryApi';
import { relativeTime } from './directoryQuery';

/** One alumnus in the results: who, what they do, where, and whether they can take a mentee now. */
export function DirectoryCardView({ card, now }: { card: DirectoryCard; now: Date }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const place = [card.city, card.country && countryName(locale, card.country)].filter(Boolean).join(', ');
  const job = [card.jobTitle, card.employer].filter(Boolean).join(' · ');
  const headingId = `directory-card-${card.accountId}`;

  return (
    <li className="directory-card" aria-labelledby={headingId}>
      <ProfilePhoto url={card.photoUrl} name={card.displayName} size={64} />
      <div className="directory-card__body">
        <h2 className="directory-card__name" id={headingId}>
          <Link to={`/people/${card.accountId}`}>{card.displayName}</Link>
        </h2>
        {job && <p className="directory-card__job">{job}</p>}
        <p className="directory-card__meta">
          {[
            card.sector && t(`profile.sectors.${card.sector}`),
            place,
            card.graduationYear && t('directory.card.graduated', { year: card.graduationYear }),
          ]
            .filter(Boolean)
            .join(' — ')}
        </p>
        {card.topSkills.length > 0 && (
          <ul className="directory-card__skills" aria-label={t('directory.card.skills')}>
            {card.topSkills.map((skill) => (
              <li key={skill.id} className="directory-card__skill">
                {locale === 'en' ? skill.labelEn : skill.labelFr}
              </li>
            ))}
          </ul>
        )}
        <p className="directory-card__facts">
          {card.availableMentor && card.freePlaces !== null && (
            <span className={card.freePlaces > 0 ? 'badge badge--free' : 'badge badge--full'}>
              {t('directory.card.freePlaces', { count: card.freePlaces })}
            </span>
          )}
          {card.answersWithinAFewDays === true && (
            <span className="badge badge--quick">{t('directory.card.answersQuickly')}</span>
          )}
          {card.answersWithinAFewDays === false && (
            <span className="badge">{t('directory.card.answersSlowly')}</span>
          )}
          <span className="directory-card__active">
            {card.lastActiveAt
              ? t('directory.card.lastActive', { when: relativeTime(card.lastActiveAt, now, locale) })
              : t('directory.card.neverActive')}
          </span>
          {card.mentorStatus !== undefined && (
            <span className="badge badge--staff">
              {t('directory.card.status', {
                status: t(`directory.card.statuses.${card.mentorStatus ?? 'none'}`),
              })}
            </span>
          )}
        </p>
      </div>
    </li>
  );
}
