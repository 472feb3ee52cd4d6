import '../requests/requests.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { Page } from '../layout/Page';
import { LoadState } from '../onboarding/LoadFailed';
import { useFormatDate } from '../onboarding/format';
import { useLoaded } from '../profile/useProfile';
import { requestPaths } from '../requests/paths';
import { ReverseModeNote } from '../requests/ReverseModeNote';
import { mentorshipsApi, type MentorshipView } from './mentorshipsApi';
import { MentorshipStatusBadge } from './MentorshipStatusBadge';
import { OPEN_STATUSES, otherName } from './mentorshipText';
import { mentorshipPath } from './paths';

/** "Mes mentorats": the reader's mentorships, current ones first, then the history. */
export function MyMentorshipsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { state, reload } = useLoaded(useCallback(() => mentorshipsApi.list(page), [page]));
  const items = state.status === 'loaded' ? state.value.items : [];
  const current = items.filter((item) => OPEN_STATUSES.includes(item.status));
  const past = items.filter((item) => !OPEN_STATUSES.includes(item.status));

  return (
    <Page title={t('mentorships.list.title')} intro={t('mentorships.list.intro')}>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && state.value.total === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('mentorships.list.empty.title')}</p>
          <p>{t('mentorships.list.empty.body')}</p>
          <Link className="button button--primary" to={requestPaths.findMentor}>
            {t('mentorships.list.empty.action')}
          </Link>
        </div>
      )}
      {state.status === 'loaded' && state.value.total > 0 && (
        <>
          <p className="list-count">{t('mentorships.list.count', { count: state.value.total })}</p>
          <MentorshipGroup
            title={t('mentorships.list.current')}
            empty={t('mentorships.list.noCurrent')}
            mentorships={current}
          />
          <MentorshipGroup
            title={t('mentorships.list.history')}
            empty={t('mentorships.list.noHistory')}
            mentorships={past}
          />
          <Pagination
            page={state.value.page}
            pages={Math.max(1, Math.ceil(state.value.total / state.value.pageSize))}
            onPage={(next) => setParams({ page: String(next) })}
          />
        </>
      )}
    </Page>
  );
}

function MentorshipGroup({
  title,
  empty,
  mentorships,
}: {
  title: string;
  empty: string;
  mentorships: readonly MentorshipView[];
}) {
  return (
    <section className="mentorship-group" aria-label={title}>
      <h2 className="mentorship-group__title">{title}</h2>
      {mentorships.length === 0 ? (
        <p className="mentorship-group__empty">{empty}</p>
      ) : (
        <ul className="request-list">
          {mentorships.map((mentorship) => (
            <li key={mentorship.id}>
              <MentorshipSummary mentorship={mentorship} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MentorshipSummary({ mentorship }: { mentorship: MentorshipView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const name = otherName(t, mentorship);
  const side = mentorship.mySide === 'mentor' ? 'mentor' : 'mentee';
  const when = mentorship.endedAt
    ? t('mentorships.list.endedOn', { date: formatDate(mentorship.endedAt) })
    : mentorship.startedAt
      ? t('mentorships.list.since', { date: formatDate(mentorship.startedAt) })
      : t('mentorships.list.proposedOn', { date: formatDate(mentorship.proposedAt) });
  return (
    <article
      className={mentorship.mode === 'reverse' ? 'request-card request-card--reverse' : 'request-card'}
      data-testid="mentorship-summary"
    >
      <header className="request-card__header">
        <h3 className="request-card__title">
          {t(side === 'mentor' ? 'mentorships.list.withMentee' : 'mentorships.list.withMentor', { name })}
        </h3>
        <MentorshipStatusBadge status={mentorship.status} />
      </header>
      <ReverseModeNote mode={mentorship.mode} side={side} />
      <p className="request-card__meta">{when}</p>
      <Link
        className="button button--secondary"
        to={mentorshipPath(mentorship.id)}
        aria-label={t('mentorships.list.openLabel', { name })}
      >
        {t('mentorships.list.open')}
      </Link>
    </article>
  );
}
