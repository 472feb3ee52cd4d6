import './requests.css';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { Page } from '../layout/Page';
import { mentorshipPath } from '../mentorships/paths';
import { LoadState } from '../onboarding/LoadFailed';
import { useFormatDate } from '../onboarding/format';
import { memberName } from '../privacy/memberName';
import { personPath } from '../profile/MyProfilePage';
import { useLoaded } from '../profile/useProfile';
import { IncomingRequestActions } from './IncomingRequestActions';
import { RequestExchanges } from './RequestExchanges';
import { RequestTabs } from './RequestTabs';
import { requestsApi, type IncomingRequestView, type MentoringRequestView } from './requestsApi';
import { ReverseModeNote } from './ReverseModeNote';
import { RequestSection } from './RequestSection';

/** What the mentor just did, said above the list (an accepted request links to its mentorship). */
interface Outcome {
  message: string;
  mentorshipId?: string | null;
}

/** "Demandes reçues": requests waiting for the mentor, with the reasons of each match. */
export function IncomingRequestsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const { state, reload, set } = useLoaded(
    useCallback(() => requestsApi.incoming(page, locale), [page, locale]),
  );
  const [outcome, setOutcome] = useState<Outcome>();

  const settle = (request: IncomingRequestView, updated: MentoringRequestView, next: Outcome) => {
    if (state.status !== 'loaded') return;
    const stillWaiting = updated.status === 'pending' || updated.status === 'info-requested';
    const items = stillWaiting
      ? state.value.items.map((item) => (item.id === request.id ? { ...item, ...updated } : item))
      : state.value.items.filter((item) => item.id !== request.id);
    set({ ...state.value, items, total: state.value.total - (stillWaiting ? 0 : 1) });
    setOutcome(next);
  };

  return (
    <Page title={t('requests.incoming.title')} intro={t('requests.incoming.intro')}>
      <RequestTabs />
      <div role="status" className={outcome ? 'notice notice--success' : undefined}>
        {outcome?.message}{' '}
        {outcome?.mentorshipId && (
          <Link to={mentorshipPath(outcome.mentorshipId)}>{t('requests.request.toMentorship')}</Link>
        )}
      </div>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && state.value.items.length === 0 && (
        <div className="empty-state">
          <p>{t('requests.incoming.empty')}</p>
        </div>
      )}
      {state.status === 'loaded' && state.value.items.length > 0 && (
        <>
          <p className="list-count">{t('requests.incoming.count', { count: state.value.total })}</p>
          <ul className="request-list" aria-label={t('requests.incoming.list')}>
            {state.value.items.map((request) => (
              <li key={request.id}>
                <IncomingRequestCard request={request}>
                  <IncomingRequestActions
                    request={request}
                    onDone={(updated, message) =>
                      settle(request, updated, { message, mentorshipId: updated.mentorshipId })
                    }
                  />
                </IncomingRequestCard>
              </li>
            ))}
          </ul>
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

function IncomingRequestCard({ request, children }: { request: IncomingRequestView; children: ReactNode }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  const mine = request.choices.find((choice) => choice.outcome === 'waiting' && choice.sentAt !== null);
  const menteeName = memberName(t, request.mentee.displayName);
  return (
    <article
      className={request.mode === 'reverse' ? 'request-card request-card--reverse' : 'request-card'}
      aria-labelledby={headingId}
      data-testid="incoming-request"
    >
      <header className="request-card__header">
        <h3 className="request-card__title" id={headingId}>
          {t('requests.incoming.from', { name: menteeName })}
        </h3>
        <span className="score-badge">
          {t('requests.incoming.score', { score: Math.round(request.match.score) })}
        </span>
      </header>
      <ReverseModeNote mode={request.mode} side="mentor" />
      <p className="request-card__meta">
        <Link to={personPath(request.mentee.accountId)}>
          {t('requests.incoming.profile', { name: menteeName })}
        </Link>
      </p>
      {mine && (
        <p className="request-card__meta">
          {t('requests.incoming.rank', { rank: mine.rank })}{' '}
          {t('requests.incoming.expires', { date: formatDate(mine.expiresAt) })}
        </p>
      )}
      <RequestSection title={t('requests.incoming.message')}>
        <p className="request-message">{request.message}</p>
      </RequestSection>
      <RequestSection title={t('requests.incoming.match')}>
        <ul className="reasons">
          {request.match.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </RequestSection>
      <RequestExchanges request={request} reader="mentor" />
      {request.status === 'info-requested' && (
        <p className="notice notice--info">{t('requests.incoming.waitingAnswer', { name: menteeName })}</p>
      )}
      {children}
    </article>
  );
}
