import './onboarding.css';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Page } from '../layout/Page';
import { useLoaded } from '../profile/useProfile';
import { useFormatDate } from './format';
import { LoadState } from './LoadFailed';
import { CharterBadge, TrainingBadge } from './MentorBadges';
import { onboardingApi, type MentorStatus } from './onboardingApi';
import { mentorPath } from './useOnboarding';

// The contracts' MENTOR_STATUSES lives beside class-validator, which the app must not bundle.
const MENTOR_STATUSES: readonly MentorStatus[] = ['pending', 'approved', 'rejected', 'suspended'];

const isStatus = (value: string | null): value is MentorStatus =>
  (MENTOR_STATUSES as readonly string[]).includes(value ?? '');

/** Staff: mentors by status (pending first by default), oldest request first, paginated. */
export function StaffMentorsPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: MentorStatus | '' = rawStatus === 'all' ? '' : isStatus(rawStatus) ? rawStatus : 'pending';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { state, reload } = useLoaded(useCallback(() => onboardingApi.queue(status, page), [status, page]));
  const go = (next: { status?: string; page?: number }) =>
    setParams({ status: next.status ?? (status || 'all'), page: String(next.page ?? 1) });

  return (
    <Page title={t('onboarding.queue.title')} intro={t('onboarding.queue.intro')}>
      <div className="field queue-filter">
        <label className="field__label" htmlFor={filterId}>
          {t('onboarding.queue.filter')}
        </label>
        <select
          id={filterId}
          className="input select"
          value={status || 'all'}
          onChange={(event) => go({ status: event.target.value })}
        >
          {MENTOR_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`onboarding.queue.statuses.${value}`)}
            </option>
          ))}
          <option value="all">{t('onboarding.queue.all')}</option>
        </select>
      </div>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && state.value.items.length === 0 && (
        <p className="notice">{t('onboarding.queue.empty')}</p>
      )}
      {state.status === 'loaded' && state.value.items.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption>
                {t('onboarding.queue.caption', {
                  status: status ? t(`onboarding.queue.statuses.${status}`) : t('onboarding.queue.all'),
                  total: state.value.total,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('onboarding.queue.name')}</th>
                  <th scope="col">{t('onboarding.queue.requestedAt')}</th>
                  <th scope="col">{t('onboarding.queue.charter')}</th>
                  <th scope="col">{t('onboarding.queue.training')}</th>
                  <th scope="col">{t('onboarding.queue.availability')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('onboarding.queue.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.value.items.map((mentor) => (
                  <tr key={mentor.accountId}>
                    <th scope="row">
                      {mentor.displayName}
                      <span className="table__sub">
                        {[mentor.jobTitle, mentor.employer].filter(Boolean).join(' · ')}
                      </span>
                    </th>
                    <td>{formatDate(mentor.requestedAt)}</td>
                    <td>
                      <CharterBadge charter={mentor.charter} />
                    </td>
                    <td>
                      <TrainingBadge training={mentor.training} />
                    </td>
                    <td>
                      {t(mentor.available ? 'onboarding.queue.available' : 'onboarding.queue.unavailable')}
                    </td>
                    <td>
                      <Link
                        to={mentorPath(mentor.accountId)}
                        aria-label={t('onboarding.queue.openLabel', { name: mentor.displayName })}
                      >
                        {t('onboarding.queue.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={state.value.page}
            pages={Math.max(1, Math.ceil(state.value.total / state.value.pageSize))}
            onPage={(next) => go({ page: next })}
          />
        </>
      )}
    </Page>
  );
}

function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('onboarding.queue.pagination')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('onboarding.queue.previous')}
      </button>
      <span aria-current="page">{t('onboarding.queue.pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('onboarding.queue.next')}
      </button>
    </nav>
  );
}
