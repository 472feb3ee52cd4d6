import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { Page } from '../layout/Page';
import { LoadState } from '../onboarding/LoadFailed';
import { useFormatDate } from '../onboarding/format';
import { memberName } from '../privacy/memberName';
import { personPath } from '../profile/MyProfilePage';
import { useLoaded } from '../profile/useProfile';
import { mentorshipsApi } from './mentorshipsApi';
import { mentorshipPath } from './paths';

/** Staff: "Binômes en panne", active pairs silent for longer than their programme allows. */
export function StalledPairsPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { state, reload } = useLoaded(useCallback(() => mentorshipsApi.stalled(page), [page]));

  return (
    <Page title={t('mentorships.stalled.title')} intro={t('mentorships.stalled.intro')}>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && state.value.total === 0 && (
        <p className="notice notice--success">{t('mentorships.stalled.empty')}</p>
      )}
      {state.status === 'loaded' && state.value.items.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption>{t('mentorships.stalled.caption', { count: state.value.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mentorships.stalled.mentor')}</th>
                  <th scope="col">{t('mentorships.stalled.mentee')}</th>
                  <th scope="col">{t('mentorships.stalled.lastActivity')}</th>
                  <th scope="col">{t('mentorships.stalled.silence')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('mentorships.stalled.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.value.items.map((pair) => {
                  const mentor = memberName(t, pair.mentor.displayName);
                  const mentee = memberName(t, pair.mentee.displayName);
                  return (
                    <tr key={pair.id}>
                      <td>
                        <Link to={personPath(pair.mentor.accountId)}>{mentor}</Link>
                      </td>
                      <td>
                        <Link to={personPath(pair.mentee.accountId)}>{mentee}</Link>
                      </td>
                      <td>{formatDate(pair.lastActivityAt) || t('mentorships.stalled.never')}</td>
                      <td>{t('mentorships.stalled.days', { count: pair.daysWithoutActivity })}</td>
                      <td>
                        <Link
                          to={mentorshipPath(pair.id)}
                          aria-label={t('mentorships.stalled.openLabel', { mentor, mentee })}
                        >
                          {t('mentorships.stalled.open')}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
