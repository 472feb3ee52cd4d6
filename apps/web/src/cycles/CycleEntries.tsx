import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../directory/Pagination';
import { ActionDialog } from '../forms/ActionDialog';
import { Field } from '../forms/Field';
import { useFieldState } from '../forms/useFieldState';
import { currentLocale } from '../i18n/i18n';
import { mentorshipPath } from '../mentorships/paths';
import { LoadState } from '../onboarding/LoadFailed';
import { memberName } from '../privacy/memberName';
import { personPath } from '../profile/MyProfilePage';
import { useLoaded } from '../profile/useProfile';
import type { ApplyChange } from './CyclePage';
import { useCycleText } from './cycleText';
import {
  cyclesApi,
  ENTRY_FILTERS,
  isEntryFilter,
  type CycleEntryFilter,
  type CycleEntryView,
  type CycleView,
} from './cyclesApi';

/** How many reasons a row shows: the strongest ones, as the suggestions cards do. */
const TOP_REASONS = 3;

interface CycleEntriesProps {
  cycle: CycleView;
  /** Bumped after every change of the draft, so the page is read again. */
  version: number;
  busy: boolean;
  applyChange: ApplyChange;
  /** The `data-focus` key to focus once the page is read again, set by the last change. */
  pendingFocus: RefObject<string | null>;
}

type Paired = CycleEntryView & { mentor: NonNullable<CycleEntryView['mentor']> };

const isPaired = (entry: CycleEntryView): entry is Paired => entry.mentor !== null;

/** The draft's rows, a filter and a page at a time, with each pair's changes (or, once published, its outcome). */
export function CycleEntries({ cycle, version, busy, applyChange, pendingFocus }: CycleEntriesProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const shown = params.get('show');
  const show: CycleEntryFilter = isEntryFilter(shown) ? shown : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const locale = currentLocale();
  const sectionRef = useRef<HTMLElement>(null);
  const { state, reload } = useLoaded(
    useCallback(
      () => cyclesApi.entries(cycle.id, { show, page, locale }),
      // `version` asks for the page again after a change.
      [cycle.id, show, page, locale, version],
    ),
  );
  const [removing, setRemoving] = useState<Paired | null>(null);
  const [swapping, setSwapping] = useState<Paired | null>(null);
  const other = useFieldState('otherMenteeId');
  const editable = cycle.status === 'draft';
  const entries = state.status === 'loaded' ? state.value.items : [];

  // Focus goes where the last change asked once its rows are back, or to the section's title
  // when that row left the page (a filter, a removal).
  useEffect(() => {
    const key = pendingFocus.current;
    if (state.status !== 'loaded' || key === null) return;
    pendingFocus.current = null;
    const target = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
    (target ?? sectionRef.current?.querySelector<HTMLElement>('[data-focus="entries"]'))?.focus();
  }, [state, pendingFocus]);

  const names = (entry: Paired) => ({
    mentee: memberName(t, entry.mentee.displayName),
    mentor: memberName(t, entry.mentor.displayName),
  });

  const toggleLock = (entry: Paired) =>
    applyChange(() => cyclesApi.lock(cycle.id, entry.mentee.accountId, !entry.locked), {
      done: () => t(entry.locked ? 'cycles.actions.unlockedDone' : 'cycles.actions.lockedDone', names(entry)),
      focus: `${entry.mentee.accountId}:lock`,
    });

  const confirmRemove = async () => {
    if (!removing) return;
    await applyChange(() => cyclesApi.remove(cycle.id, removing.mentee.accountId), {
      done: () => t('cycles.actions.removedDone', names(removing)),
      focus: `${removing.mentee.accountId}:row`,
      inDialog: true,
    });
    setRemoving(null);
  };

  const swapCandidates = swapping
    ? entries
        .filter(isPaired)
        .filter(
          (entry) =>
            entry.mentee.accountId !== swapping.mentee.accountId &&
            entry.mentor.accountId !== swapping.mentor.accountId,
        )
    : [];
  const confirmSwap = async () => {
    if (!swapping) return;
    const partner = swapCandidates.find((entry) => entry.mentee.accountId === other.value);
    if (!partner) {
      other.setError(t('cycles.actions.swapChoose'));
      return;
    }
    await applyChange(() => cyclesApi.swap(cycle.id, swapping.mentee.accountId, partner.mentee.accountId), {
      done: () =>
        t('cycles.actions.swappedDone', {
          mentee: names(swapping).mentee,
          other: names(partner).mentee,
        }),
      focus: `${swapping.mentee.accountId}:swap`,
      inDialog: true,
    });
    setSwapping(null);
  };

  return (
    <section className="card cycle-entries" aria-labelledby="cycle-entries-title" ref={sectionRef}>
      <h2 className="card__title" id="cycle-entries-title" tabIndex={-1} data-focus="entries">
        {t('cycles.entries.title')}
      </h2>
      <fieldset className="cycle-filter">
        <legend className="field__label">{t('cycles.entries.filter')}</legend>
        {ENTRY_FILTERS.map((filter) => (
          <label key={filter} className="cycle-filter__option" data-checked={filter === show}>
            <input
              type="radio"
              name="cycle-entries-filter"
              value={filter}
              checked={filter === show}
              onChange={() => setParams({ show: filter })}
            />
            {t(`cycles.entries.filters.${filter}`)}
          </label>
        ))}
      </fieldset>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && state.value.total === 0 && (
        <p className="cycle-entries__empty">{t('cycles.entries.empty')}</p>
      )}
      {state.status === 'loaded' && state.value.items.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="table cycle-table">
              <caption>
                {t('cycles.entries.caption', {
                  count: state.value.total,
                  filter: t(`cycles.entries.filters.${show}`).toLowerCase(),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('cycles.entries.mentee')}</th>
                  <th scope="col">{t('cycles.entries.mentor')}</th>
                  <th scope="col">{t('cycles.entries.score')}</th>
                  <th scope="col">{t('cycles.entries.reasons')}</th>
                  <th scope="col">{t('cycles.entries.state')}</th>
                  {editable && <th scope="col">{t('cycles.entries.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {state.value.items.map((entry) => (
                  <EntryRow
                    key={entry.mentee.accountId}
                    entry={entry}
                    editable={editable}
                    busy={busy}
                    onLock={(paired) => void toggleLock(paired)}
                    onRemove={setRemoving}
                    onSwap={(paired) => {
                      other.reset();
                      setSwapping(paired);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={state.value.page}
            pages={Math.max(1, Math.ceil(state.value.total / state.value.pageSize))}
            onPage={(next) => setParams({ show, page: String(next) })}
          />
        </>
      )}
      <ActionDialog
        open={removing !== null}
        title={t('cycles.actions.removeTitle')}
        confirmLabel={t('cycles.actions.removeConfirm')}
        busyLabel={t('cycles.busy')}
        cancelLabel={t('cycles.cancel')}
        onClose={() => setRemoving(null)}
        onConfirm={confirmRemove}
      >
        {removing && <p>{t('cycles.actions.removeText', names(removing))}</p>}
      </ActionDialog>
      <ActionDialog
        open={swapping !== null}
        title={swapping ? t('cycles.actions.swapTitle', names(swapping)) : ''}
        confirmLabel={t('cycles.actions.swapConfirm')}
        busyLabel={t('cycles.busy')}
        cancelLabel={t('cycles.cancel')}
        onClose={() => setSwapping(null)}
        onConfirm={confirmSwap}
      >
        {swapping && <p>{t('cycles.actions.swapText', names(swapping))}</p>}
        {swapping &&
          (swapCandidates.length === 0 ? (
            <p className="notice notice--info">{t('cycles.actions.swapNone')}</p>
          ) : (
            <SwapPartnerField binding={other.binding} candidates={swapCandidates} />
          ))}
      </ActionDialog>
    </section>
  );
}

function SwapPartnerField({
  binding,
  candidates,
}: {
  binding: ReturnType<typeof useFieldState>['binding'];
  candidates: readonly Paired[];
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('cycles.actions.swapWith')} binding={binding}>
      {({ labelId: _labelled, ...control }) => (
        <select
          {...control}
          className="input select"
          value={binding.value}
          onChange={(event) => binding.onChange(event.target.value)}
        >
          <option value="">—</option>
          {candidates.map((entry) => (
            <option key={entry.mentee.accountId} value={entry.mentee.accountId}>
              {t('cycles.actions.swapOption', {
                mentee: memberName(t, entry.mentee.displayName),
                mentor: memberName(t, entry.mentor.displayName),
              })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function EntryRow({
  entry,
  editable,
  busy,
  onLock,
  onRemove,
  onSwap,
}: {
  entry: CycleEntryView;
  editable: boolean;
  busy: boolean;
  onLock(entry: Paired): void;
  onRemove(entry: Paired): void;
  onSwap(entry: Paired): void;
}) {
  const { t } = useTranslation();
  const text = useCycleText();
  const menteeId = entry.mentee.accountId;
  const mentee = memberName(t, entry.mentee.displayName);
  const mentor = entry.mentor ? memberName(t, entry.mentor.displayName) : null;
  // Clicks are ignored while a change is under way; the buttons stay focusable (aria-disabled).
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };

  return (
    <tr className={entry.mentor ? undefined : 'cycle-table__unpaired'}>
      <th scope="row" tabIndex={-1} data-focus={`${menteeId}:row`}>
        <Link to={personPath(menteeId)}>{mentee}</Link>
      </th>
      <td>
        {entry.mentor ? (
          <Link to={personPath(entry.mentor.accountId)}>{mentor}</Link>
        ) : (
          <span className="cycle-table__none">{t('cycles.entries.noMentor')}</span>
        )}
      </td>
      <td>{entry.score === null ? '—' : text.score(Math.round(entry.score))}</td>
      <td>
        {entry.reasons.length > 0 && (
          <ul className="cycle-reasons" aria-label={t('cycles.entries.reasonsLabel', { mentee, mentor })}>
            {entry.reasons.slice(0, TOP_REASONS).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <EntryState entry={entry} mentee={mentee} mentor={mentor} />
      </td>
      {editable && (
        <td>
          {isPaired(entry) && (
            <div className="cycle-row-actions">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={busy}
                aria-label={t(entry.locked ? 'cycles.actions.unlockLabel' : 'cycles.actions.lockLabel', {
                  mentee,
                })}
                aria-pressed={entry.locked}
                data-focus={`${menteeId}:lock`}
                onClick={guard(() => onLock(entry))}
              >
                {t(entry.locked ? 'cycles.actions.unlock' : 'cycles.actions.lock')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={busy}
                aria-label={t('cycles.actions.swapLabel', { mentee })}
                data-focus={`${menteeId}:swap`}
                onClick={guard(() => onSwap(entry))}
              >
                {t('cycles.actions.swap')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-disabled={busy}
                aria-label={t('cycles.actions.removeLabel', { mentee })}
                onClick={guard(() => onRemove(entry))}
              >
                {t('cycles.actions.remove')}
              </button>
            </div>
          )}
        </td>
      )}
    </tr>
  );
}

function EntryState({
  entry,
  mentee,
  mentor,
}: {
  entry: CycleEntryView;
  mentee: string;
  mentor: string | null;
}) {
  const { t } = useTranslation();
  if (entry.outcome === 'proposed') {
    return (
      <div className="cycle-state">
        <span className="badge badge--ok">{t('cycles.entries.outcomes.proposed')}</span>
        {entry.mentorshipId && (
          <Link
            to={mentorshipPath(entry.mentorshipId)}
            aria-label={t('cycles.entries.openMentorshipLabel', { mentee, mentor })}
          >
            {t('cycles.entries.openMentorship')}
          </Link>
        )}
      </div>
    );
  }
  if (entry.outcome === 'skipped') {
    return (
      <span className="badge badge--warn cycle-state__skipped">
        {t('cycles.entries.outcomes.skipped', {
          reason: entry.skipReason ? t(`cycles.entries.skipReasons.${entry.skipReason}`) : '',
        })}
      </span>
    );
  }
  return entry.locked ? (
    <span className="badge cycle-state__locked">{t('cycles.entries.lockedBadge')}</span>
  ) : null;
}
