import './directory.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSignedInAccount } from '../auth/AuthContext';
import { explainFailure } from '../forms/errorMessages';
import { Page } from '../layout/Page';
import { DirectoryCardView } from './DirectoryCardView';
import { DirectoryFilters } from './DirectoryFilters';
import { directoryApi, type DirectoryPage as Results } from './directoryApi';
import { activeFilterCount, apiQuery, SORTS, withFilter, withPage, type FilterKey } from './directoryQuery';
import { Pagination } from './Pagination';

type SearchState =
  | { status: 'loading'; previous: Results | null }
  | { status: 'loaded'; results: Results }
  | { status: 'failed'; error: unknown };

/** Runs the search the address describes, again whenever it changes; stale answers are dropped. */
function useDirectorySearch(params: URLSearchParams): { state: SearchState; retry(): void } {
  const [state, setState] = useState<SearchState>({ status: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const query = apiQuery(params).toString();
  useEffect(() => {
    let current = true;
    setState((before) => ({
      status: 'loading',
      previous:
        before.status === 'loaded' ? before.results : before.status === 'loading' ? before.previous : null,
    }));
    directoryApi
      .search(new URLSearchParams(query))
      .then((results) => current && setState({ status: 'loaded', results }))
      .catch((error: unknown) => current && setState({ status: 'failed', error }));
    return () => {
      current = false;
    };
  }, [query, attempt]);
  return { state, retry: () => setAttempt((value) => value + 1) };
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const account = useSignedInAccount();
  const isStaff = account.role === 'staff' || account.role === 'admin';
  const [params, setParams] = useSearchParams();
  const { state, retry } = useDirectorySearch(params);
  const [text, setText] = useState(params.get('q') ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const searchId = useId();
  const sortId = useId();
  const [now] = useState(() => new Date());

  const change = (key: FilterKey, value: string) => setParams(withFilter(params, key, value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change('q', text.trim());
  };
  const reset = () => setParams(params.get('q') ? new URLSearchParams({ q: params.get('q')! }) : {});
  const results =
    state.status === 'loaded' ? state.results : state.status === 'loading' ? state.previous : null;
  const sort = params.get('sort') ?? 'relevance';

  return (
    <Page title={t('directory.title')} intro={t('directory.intro')}>
      <form role="search" className="directory-search" onSubmit={submit}>
        <label className="field__label" htmlFor={searchId}>
          {t('directory.search.label')}
        </label>
        <div className="directory-search__row">
          <input
            id={searchId}
            type="search"
            className="input"
            value={text}
            placeholder={t('directory.search.placeholder')}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('directory.search.submit')}
          </button>
        </div>
        <p className="field__hint" id={`${searchId}-hint`}>
          {t('directory.search.hint')}
        </p>
      </form>

      <div className="directory-layout">
        <DirectoryFilters params={params} onChange={change} onReset={reset} showAvailability={isStaff} />

        <section
          className="directory-results"
          aria-labelledby="directory-results-title"
          aria-busy={state.status === 'loading'}
        >
          <div className="directory-results__bar">
            <h2 id="directory-results-title" className="directory-results__count">
              {/* A live region inside the heading: the count is announced when it changes. */}
              <span role="status">
                {state.status === 'loading'
                  ? t('directory.results.loading')
                  : state.status === 'loaded'
                    ? t('directory.results.count', { count: state.results.total })
                    : t('directory.results.failed')}
              </span>
            </h2>
            <div className="directory-results__sort">
              <label htmlFor={sortId}>{t('directory.sort.label')}</label>
              <select
                id={sortId}
                className="input select"
                value={sort}
                onChange={(event) => change('sort', event.target.value)}
              >
                {SORTS.map((option) => (
                  <option key={option} value={option}>
                    {t(`directory.sort.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {state.status === 'failed' && (
            <div className="notice notice--error">
              <p>{explainFailure(t, state.error)}</p>
              <button type="button" className="button button--secondary" onClick={retry}>
                {t('directory.results.retry')}
              </button>
            </div>
          )}

          {state.status === 'loaded' && state.results.total === 0 && (
            <div className="directory-empty">
              <p className="directory-empty__title">{t('directory.empty.title')}</p>
              <p>
                {activeFilterCount(params) > 0
                  ? t('directory.empty.withFilters')
                  : t('directory.empty.withoutFilters')}
              </p>
              {activeFilterCount(params) > 0 && (
                <button type="button" className="button button--secondary" onClick={reset}>
                  {t('directory.filters.reset')}
                </button>
              )}
            </div>
          )}

          {results && results.items.length > 0 && (
            <>
              <ul
                className={
                  state.status === 'loading' ? 'directory-list directory-list--stale' : 'directory-list'
                }
                aria-label={t('directory.results.list')}
              >
                {results.items.map((card) => (
                  <DirectoryCardView key={card.accountId} card={card} now={now} />
                ))}
              </ul>
              <Pagination
                page={results.page}
                pages={Math.max(1, Math.ceil(results.total / results.pageSize))}
                onPage={(page) => {
                  setParams(withPage(params, page));
                  document.getElementById('directory-results-title')?.scrollIntoView();
                }}
              />
            </>
          )}
        </section>
      </div>
    </Page>
  );
}
