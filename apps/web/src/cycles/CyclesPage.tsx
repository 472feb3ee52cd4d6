import './cycles.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { Page } from '../layout/Page';
import { useFormatDate } from '../onboarding/format';
import { LoadState } from '../onboarding/LoadFailed';
import { useLoaded } from '../profile/useProfile';
import { useCycleText } from './cycleText';
import { cyclesApi, type CycleView, type ProgrammeSummary } from './cyclesApi';
import { CycleStatusBadge } from './CycleStatusBadge';
import { OpenCycleForm } from './OpenCycleForm';
import { cyclePath } from './paths';

/** Staff: "Cycles d'appariement", the cycles newest first and the form to open one. */
export function CyclesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const cycles = useLoaded(useCallback(() => cyclesApi.list(page), [page]));
  const programmes = useLoaded(cyclesApi.programmes);
  const programmeList = programmes.state.status === 'loaded' ? programmes.state.value.items : [];

  return (
    <Page title={t('cycles.list.title')} intro={t('cycles.list.intro')}>
      <div className="cycles">
        <LoadState state={cycles.state} reload={cycles.reload} />
        {cycles.state.status === 'loaded' && cycles.state.value.total === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">{t('cycles.list.empty.title')}</p>
            <p>{t('cycles.list.empty.body')}</p>
          </div>
        )}
        {cycles.state.status === 'loaded' && cycles.state.value.items.length > 0 && (
          <div>
            <CycleTable
              cycles={cycles.state.value.items}
              total={cycles.state.value.total}
              programmes={programmeList}
            />
            <Pagination
              page={cycles.state.value.page}
              pages={Math.max(1, Math.ceil(cycles.state.value.total / cycles.state.value.pageSize))}
              onPage={(next) => setParams({ page: String(next) })}
            />
          </div>
        )}
        <LoadState state={programmes.state} reload={programmes.reload} />
        {programmeList.length > 0 && <OpenCycleForm programmes={programmeList} />}
      </div>
    </Page>
  );
}

function CycleTable({
  cycles,
  total,
  programmes,
}: {
  cycles: readonly CycleView[];
  total: number;
  programmes: readonly ProgrammeSummary[];
}) {
  const { t } = useTranslation();
  const text = useCycleText();
  const formatDate = useFormatDate();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('cycles.list.caption', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cycles.list.programme')}</th>
            <th scope="col">{t('cycles.list.cohort')}</th>
            <th scope="col">{t('cycles.list.status')}</th>
            <th scope="col">{t('cycles.list.coverage')}</th>
            <th scope="col">{t('cycles.list.createdAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('cycles.list.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => {
            const programme = text.programmeName(programmes, cycle.programmeId);
            const date = formatDate(cycle.createdAt);
            return (
              <tr key={cycle.id}>
                <th scope="row">{programme}</th>
                <td>{cycle.cohort ?? t('cycles.list.allCohorts')}</td>
                <td>
                  <CycleStatusBadge status={cycle.status} />
                </td>
                <td>{text.percent(cycle.draft.coverage)}</td>
                <td>{date}</td>
                <td>
                  <Link
                    to={cyclePath(cycle.id)}
                    aria-label={t('cycles.list.openLabel', {
                      programme,
                      cohort: text.cohort(cycle.cohort),
                      date,
                    })}
                  >
                    {t('cycles.list.open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
