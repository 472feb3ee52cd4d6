import './profile.css';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagPage, TagUsageView } from '@passerelle/contracts';
import { api } from '../api/client';
import { explainFailure } from '../forms/errorMessages';
import { FormStatus } from '../forms/FormStatus';
import { Page } from '../layout/Page';
import { profileApi } from './profileApi';
import { useLoaded } from './useProfile';

const PAGE_SIZE = 20;

const searchTags = (q: string, page: number) =>
  api.call<TagPage>(
    'GET',
    `/tags?${new URLSearchParams({ q, page: String(page), pageSize: String(PAGE_SIZE) }).toString()}`,
  );

/** One row's merge form: the target is typed, with the matching tags offered as suggestions. */
function MergeForm({
  source,
  onMerged,
  onCancel,
}: {
  source: TagUsageView;
  onMerged(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState('');
  const [suggestions, setSuggestions] = useState<TagUsageView[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const suggest = (text: string) => {
    setTarget(text);
    setError(undefined);
    void searchTags(text, 1)
      .then((page) => setSuggestions(page.items.filter((tag) => tag.id !== source.id)))
      .catch(() => setSuggestions([]));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // Suggestions may lag behind fast typing: look the label up again before giving up.
      const wanted = target.trim().toLowerCase();
      const chosen =
        suggestions.find((tag) => tag.label === wanted) ??
        (await searchTags(wanted, 1)).items.find((tag) => tag.label === wanted && tag.id !== source.id);
      if (!chosen) return setError(t('profile.tags.pickTarget'));
      const reply = await profileApi.mergeTags(source.id, chosen.id);
      onMerged(
        t('profile.tags.merged', {
          source: source.label,
          target: reply.target.label,
          count: reply.movedProfiles,
        }),
      );
    } catch (failure) {
      setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="merge-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id} className="field__label">
        {t('profile.tags.mergeInto', { source: source.label })}
      </label>
      <div className="button-row">
        <input
          id={id}
          className="input"
          list={`${id}-suggestions`}
          value={target}
          autoComplete="off"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => suggest(event.target.value)}
          autoFocus
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((tag) => (
            <option key={tag.id} value={tag.label} />
          ))}
        </datalist>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {t('profile.tags.merge')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('profile.tags.cancel')}
        </button>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}

/** Staff: free tags by use, and merging a duplicate into the tag to keep. */
export function StaffTagsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [merging, setMerging] = useState<string | null>(null);
  const [success, setSuccess] = useState<string>();
  const load = useCallback(() => searchTags(query, page), [query, page]);
  const { state, reload } = useLoaded(load);
  const pages = state.status === 'loaded' ? Math.max(1, Math.ceil(state.value.total / PAGE_SIZE)) : 1;

  return (
    <Page title={t('profile.tags.title')} intro={t('profile.tags.intro')}>
      <section className="card">
        <div className="field">
          <label className="field__label" htmlFor="tag-search">
            {t('profile.tags.search')}
          </label>
          <input
            id="tag-search"
            className="input"
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
          />
        </div>
        <FormStatus
          error={state.status === 'failed' ? explainFailure(t, state.error) : undefined}
          success={success}
        />
        {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {state.status === 'loaded' && state.value.items.length === 0 && (
          <p className="empty">{t('profile.tags.empty')}</p>
        )}
        {state.status === 'loaded' && state.value.items.length > 0 && (
          <table className="tags-table">
            <caption className="visually-hidden">{t('profile.tags.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profile.tags.tag')}</th>
                <th scope="col">{t('profile.tags.usage')}</th>
                <th scope="col">{t('profile.tags.action')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.items.map((tag) => (
                <tr key={tag.id}>
                  <th scope="row">{tag.label}</th>
                  <td>{t('profile.tags.profiles', { count: tag.usageCount })}</td>
                  <td>
                    {merging === tag.id ? (
                      <MergeForm
                        source={tag}
                        onCancel={() => setMerging(null)}
                        onMerged={(message) => {
                          setMerging(null);
                          setSuccess(message);
                          reload();
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => {
                          setSuccess(undefined);
                          setMerging(tag.id);
                        }}
                      >
                        {t('profile.tags.mergeButton', { tag: tag.label })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav className="button-row pagination" aria-label={t('profile.tags.pagination')}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('profile.tags.previous')}
          </button>
          <span>{t('profile.tags.pageOf', { page, pages })}</span>
          <button type="button" className="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('profile.tags.next')}
          </button>
        </nav>
      </section>
    </Page>
  );
}
