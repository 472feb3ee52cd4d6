import '../requests/requests.css';
import './suggestions.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { MentoringMode, SuggestionFilter } from '@passerelle/contracts/matching-codes';
import { REQUEST_MAX_CHOICES } from '@passerelle/contracts/matching-codes';
import { useSignedInAccount } from '../auth/AuthContext';
import { paths } from '../layout/navigation';
import { Page } from '../layout/Page';
import { LoadState } from '../onboarding/LoadFailed';
import { useLoaded } from '../profile/useProfile';
import { requestPaths } from '../requests/paths';
import { ChoicesPanel } from './ChoicesPanel';
import { ProgrammePicker } from './ProgrammePicker';
import { activeFilters, suggestionQuery } from './suggestionQuery';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionFilters } from './SuggestionFilters';
import { suggestionsApi, type MentorSuggestion, type SuggestionList } from './suggestionsApi';

/** Students look for a mentor in classic programmes, alumni in reverse ones. */
const MODE_OF_ROLE: Record<string, MentoringMode> = { student: 'classic', alumnus: 'reverse' };

/**
 * "Trouver un mentor": the programme, filters, the suggested mentors with
 * their score and reasons, up to three chosen in order, and the request sent.
 */
export function FindMentorPage() {
  const { t } = useTranslation();
  const account = useSignedInAccount();
  const mode = MODE_OF_ROLE[account.role] ?? 'classic';
  const { state: programmes, reload } = useLoaded(useCallback(() => suggestionsApi.programmes(), []));
  const mine = programmes.status === 'loaded' ? programmes.value.items.filter((p) => p.mode === mode) : [];
  const [params, setParams] = useSearchParams();
  const programmeId = params.get('programmeId') ?? mine[0]?.id ?? '';
  const programme = mine.find((candidate) => candidate.id === programmeId);

  return (
    <Page title={t('suggestions.title')} intro={t(`suggestions.intro.${mode}`)}>
      <LoadState state={programmes} reload={reload} />
      {programmes.status === 'loaded' && mine.length === 0 && (
        <p className="empty-state">{t('suggestions.noProgramme')}</p>
      )}
      {mine.length > 0 && (
        <ProgrammePicker
          programmes={mine}
          value={programmeId}
          onChange={(id) => setParams({ programmeId: id })}
        />
      )}
      {programme && (
        <Suggestions
          key={programme.id}
          programmeId={programme.id}
          mode={programme.mode}
          params={params}
          onFilter={(key, value) => {
            const next = new URLSearchParams(params);
            next.set('programmeId', programme.id);
            if (value) next.set(key, value);
            else next.delete(key);
            setParams(next);
          }}
        />
      )}
    </Page>
  );
}

function Suggestions({
  programmeId,
  mode,
  params,
  onFilter,
}: {
  programmeId: string;
  mode: MentoringMode;
  params: URLSearchParams;
  onFilter(key: SuggestionFilter, value: string): void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const query = suggestionQuery(params, programmeId, i18n.language).toString();
  const { state, reload } = useLoaded(
    useCallback(() => suggestionsApi.list(new URLSearchParams(query)), [query]),
  );
  // Choices stay across filters (the panel shows them even when their card leaves the list);
  // another programme starts afresh (this component is keyed by it).
  const [chosen, setChosen] = useState<MentorSuggestion[]>([]);

  const toggle = (suggestion: MentorSuggestion) =>
    setChosen((current) =>
      current.some((item) => item.mentor.accountId === suggestion.mentor.accountId)
        ? current.filter((item) => item.mentor.accountId !== suggestion.mentor.accountId)
        : current.length < REQUEST_MAX_CHOICES
          ? [...current, suggestion]
          : current,
    );
  const move = (index: number, offset: -1 | 1) =>
    setChosen((current) => {
      const next = [...current];
      [next[index], next[index + offset]] = [next[index + offset]!, next[index]!];
      return next;
    });
  const send = async (message: string) => {
    await suggestionsApi.sendRequest({
      programmeId,
      mentorIds: chosen.map((item) => item.mentor.accountId),
      message,
    });
    navigate(requestPaths.mine, { state: { sent: true } });
  };

  return (
    <div className="find-mentor">
      <SuggestionFilters mode={mode} params={params} onChange={onFilter} />
      <div className="find-mentor__results">
        <section aria-label={t('suggestions.list')}>
          <LoadState state={state} reload={reload} />
          {state.status === 'loaded' && (
            <Results
              list={state.value}
              params={params}
              chosen={chosen}
              onToggle={toggle}
              onFilter={onFilter}
            />
          )}
        </section>
        <ChoicesPanel
          chosen={chosen}
          onMove={move}
          onRemove={(index) => setChosen((current) => current.filter((_, at) => at !== index))}
          onSend={send}
        />
      </div>
    </div>
  );
}

function Results({
  list,
  params,
  chosen,
  onToggle,
  onFilter,
}: {
  list: SuggestionList;
  params: URLSearchParams;
  chosen: MentorSuggestion[];
  onToggle(suggestion: MentorSuggestion): void;
  onFilter(key: SuggestionFilter, value: string): void;
}) {
  const { t } = useTranslation();
  if (list.profileMissing) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('suggestions.empty.profileTitle')}</p>
        <p>{t('suggestions.empty.profile')}</p>
        <Link className="button button--primary" to={paths.profile}>
          {t('suggestions.empty.profileAction')}
        </Link>
      </div>
    );
  }
  if (list.items.length === 0) {
    const filters = activeFilters(params);
    return (
      <div className="empty-state" role="status">
        <p className="empty-state__title">{t('suggestions.empty.title')}</p>
        {filters.length === 0 ? (
          <p>{t('suggestions.empty.noFilters')}</p>
        ) : list.relaxable.length > 0 ? (
          <>
            <p>{t('suggestions.empty.relax')}</p>
            <ul className="relax-list">
              {list.relaxable.map((filter) => (
                <li key={filter}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onFilter(filter, '')}
                  >
                    {t('suggestions.empty.without', { filter: t(`suggestions.filters.${filter}`) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('suggestions.empty.relaxSeveral')}</p>
        )}
      </div>
    );
  }
  const rankOf = (suggestion: MentorSuggestion) => {
    const index = chosen.findIndex((item) => item.mentor.accountId === suggestion.mentor.accountId);
    return index === -1 ? null : index + 1;
  };
  return (
    <>
      <p className="list-count">{t('suggestions.count', { count: list.items.length })}</p>
      <ol className="suggestion-list">
        {list.items.map((suggestion) => (
          <li key={suggestion.mentor.accountId}>
            <SuggestionCard
              suggestion={suggestion}
              rank={rankOf(suggestion)}
              canChoose={chosen.length < REQUEST_MAX_CHOICES}
              onToggle={() => onToggle(suggestion)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
