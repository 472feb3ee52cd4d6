import './requests.css';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { Page } from '../layout/Page';
import { mentorshipPath } from '../mentorships/paths';
import { LoadState } from '../onboarding/LoadFailed';
import { useFormatDate } from '../onboarding/format';
import { useLoaded } from '../profile/useProfile';
import { AnswerForm } from './AnswerForm';
import { requestPaths } from './paths';
import { RequestChoices } from './RequestChoices';
import { RequestExchanges } from './RequestExchanges';
import { RequestStatusBadge } from './RequestStatusBadge';
import { RequestTabs } from './RequestTabs';
import { requestsApi, type MentoringRequestView, type RequestListState } from './requestsApi';
import { ReverseModeNote } from './ReverseModeNote';
import { WithdrawButton } from './WithdrawButton';
import { RequestSection } from './RequestSection';

const STATES = ['all', 'open', 'closed'] as const;
type StateFilter = (typeof STATES)[number];
const isStateFilter = (value: string | null): value is StateFilter => STATES.some((state) => state === value);

/** "Mes demandes": the mentee's requests, their ranked choices and what became of each. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const rawState = params.get('state');
  const state: StateFilter = isStateFilter(rawState) ? rawState : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const apiState: RequestListState | undefined = state === 'all' ? undefined : state;
  const {
    state: loaded,
    reload,
    set,
  } = useLoaded(useCallback(() => requestsApi.mine(page, apiState), [page, apiState]));
  // Find a mentor comes here after sending a request, and says so.
  const arrival = useLocation().state as { sent?: boolean } | null;
  const [done, setDone] = useState<string | undefined>(arrival?.sent ? t('requests.mine.sent') : undefined);
  const go = (next: { state?: StateFilter; page?: number }) =>
    setParams({ state: next.state ?? state, page: String(next.page ?? 1) });
  const replace = (updated: MentoringRequestView, message: string) => {
    if (loaded.status !== 'loaded') return;
    const items = loaded.value.items.map((item) => (item.id === updated.id ? updated : item));
    set({ ...loaded.value, items });
    setDone(message);
  };

  return (
    <Page title={t('requests.mine.title')} intro={t('requests.mine.intro')}>
      <RequestTabs />
      <div className="field request-filter">
        <label className="field__label" htmlFor={filterId}>
          {t('requests.mine.filter')}
        </label>
        <select
          id={filterId}
          className="input select"
          value={state}
          onChange={(event) => go({ state: event.target.value as StateFilter })}
        >
          {STATES.map((value) => (
            <option key={value} value={value}>
              {t(`requests.mine.states.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </div>
      <LoadState state={loaded} reload={reload} />
      {loaded.status === 'loaded' && loaded.value.total === 0 && (
        <div className="empty-state">
          {state === 'all' ? (
            <>
              <p className="empty-state__title">{t('requests.mine.empty.title')}</p>
              <p>{t('requests.mine.empty.body')}</p>
              <Link className="button button--primary" to={requestPaths.findMentor}>
                {t('requests.mine.empty.action')}
              </Link>
            </>
          ) : (
            <p>{t('requests.mine.empty.filtered')}</p>
          )}
        </div>
      )}
      {loaded.status === 'loaded' && loaded.value.items.length > 0 && (
        <>
          <p className="list-count">{t('requests.mine.count', { count: loaded.value.total })}</p>
          <ul className="request-list" aria-label={t('requests.mine.list')}>
            {loaded.value.items.map((request) => (
              <li key={request.id}>
                <SentRequestCard request={request} onChanged={replace} />
              </li>
            ))}
          </ul>
          <Pagination
            page={loaded.value.page}
            pages={Math.max(1, Math.ceil(loaded.value.total / loaded.value.pageSize))}
            onPage={(next) => go({ page: next })}
          />
        </>
      )}
    </Page>
  );
}

function SentRequestCard({
  request,
  onChanged,
}: {
  request: MentoringRequestView;
  onChanged(request: MentoringRequestView, message: string): void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  const open = request.status === 'pending' || request.status === 'info-requested';
  const asking = request.choices.find((choice) => choice.outcome === 'waiting' && choice.sentAt !== null);
  return (
    <article
      className={request.mode === 'reverse' ? 'request-card request-card--reverse' : 'request-card'}
      aria-labelledby={headingId}
      data-testid="sent-request"
    >
      <header className="request-card__header">
        <h3 className="request-card__title" id={headingId}>
          {t('requests.request.heading', { date: formatDate(request.createdAt) })}
        </h3>
        <RequestStatusBadge status={request.status} />
      </header>
      <ReverseModeNote mode={request.mode} side="mentee" />
      <RequestSection title={t('requests.request.message')}>
        <p className="request-message">{request.message}</p>
      </RequestSection>
      <RequestChoices choices={request.choices} />
      <RequestExchanges request={request} reader="mentee" />
      {request.status === 'info-requested' && asking && (
        <AnswerForm
          request={request}
          mentorName={asking.mentor.displayName}
          onAnswered={(updated) => onChanged(updated, t('requests.answer.done'))}
        />
      )}
      <div className="actions">
        {request.mentorshipId && (
          <Link className="button button--primary" to={mentorshipPath(request.mentorshipId)}>
            {t('requests.request.toMentorship')}
          </Link>
        )}
        {open && (
          <WithdrawButton
            request={request}
            onWithdrawn={(updated) => onChanged(updated, t('requests.withdraw.done'))}
          />
        )}
      </div>
    </article>
  );
}
