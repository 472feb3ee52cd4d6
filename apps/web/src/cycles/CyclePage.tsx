import './cycles.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { explainFailure } from '../forms/errorMessages';
import { ActionDialog } from '../forms/ActionDialog';
import { Page } from '../layout/Page';
import { LoadState } from '../onboarding/LoadFailed';
import { useLoaded } from '../profile/useProfile';
import { CycleEntries } from './CycleEntries';
import { explainConflict, isConflict, type Feedback } from './cycleFeedback';
import { CycleStatusBadge } from './CycleStatusBadge';
import { CycleSummary } from './CycleSummary';
import { useCycleText } from './cycleText';
import { cyclesApi, type CycleView } from './cyclesApi';
import { cyclePaths } from './paths';

/** What an action on the draft says when it is done, and where focus goes next (a `data-focus` key). */
export interface ChangeOptions {
  done(view: CycleView): string;
  focus?: string;
  /** In a dialog: failures other than conflicts are thrown, for the dialog to explain. */
  inDialog?: boolean;
}

export type ApplyChange = (change: () => Promise<CycleView>, options: ChangeOptions) => Promise<void>;

/** Staff: one cycle's draft — its figures, its pairs, the changes, and publication. */
export function CyclePage() {
  const { t, i18n } = useTranslation();
  const { cycleId = '' } = useParams();
  const cycle = useLoaded(useCallback(() => cyclesApi.get(cycleId), [cycleId]));
  const programmes = useLoaded(cyclesApi.programmes);
  const text = useCycleText();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const [entriesVersion, setEntriesVersion] = useState(0);
  const [publishing, setPublishing] = useState(false);
  const [running, setRunning] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const { set: setCycle, reload: reloadCycle } = cycle;
  // A message is said once, in the language of the moment; another language starts afresh.
  useEffect(() => setFeedback(null), [i18n.language]);

  const applyChange: ApplyChange = useCallback(
    async (change, { done, focus, inDialog = false }) => {
      setBusy(true);
      setFeedback(null);
      try {
        const view = await change();
        setCycle(view);
        setFeedback({ kind: 'success', text: done(view) });
        pendingFocus.current = focus ?? null;
      } catch (error) {
        if (isConflict(error)) {
          // The draft changed under us or refuses the change: say why and show it as it is now.
          setFeedback({ kind: 'error', text: explainConflict(t, error) });
          reloadCycle();
        } else if (inDialog) throw error;
        else setFeedback({ kind: 'error', text: explainFailure(t, error) });
      } finally {
        setBusy(false);
        setEntriesVersion((version) => version + 1);
      }
    },
    [t, setCycle, reloadCycle],
  );

  const programmeList = programmes.state.status === 'loaded' ? programmes.state.value.items : [];
  const view = cycle.state.status === 'loaded' ? cycle.state.value : null;
  const title = view
    ? t('cycles.detail.title', {
        programme: text.programmeName(programmeList, view.programmeId),
        cohort: text.cohort(view.cohort),
      })
    : t('cycles.list.title');

  return (
    <Page title={title}>
      <p>
        <Link to={cyclePaths.list}>{t('cycles.detail.back')}</Link>
      </p>
      {cycle.state.status === 'notFound' ? (
        <p className="notice notice--error">{t('cycles.detail.notFound')}</p>
      ) : (
        <LoadState state={cycle.state} reload={cycle.reload} />
      )}
      {view && (
        <div className="cycle">
          <div className="cycle__state">
            <CycleStatusBadge status={view.status} />
            <p>
              {view.status === 'published' && view.publication
                ? t('cycles.detail.publishedState', {
                    date: text.dateTime(view.publishedAt ?? view.runAt),
                    proposals: t('cycles.detail.proposals', { count: view.publication.proposed }),
                    skipped: t('cycles.detail.skipped', { count: view.publication.skipped }),
                  })
                : t('cycles.detail.draftState', { date: text.dateTime(view.runAt) })}
            </p>
          </div>
          {view.status === 'draft' && (
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={busy}
                onClick={() => {
                  if (busy) return;
                  setRunning(true);
                  void applyChange(() => cyclesApi.run(view.id), {
                    done: (next) => t('cycles.actions.ran', { count: next.draft.pairs }),
                  }).finally(() => setRunning(false));
                }}
              >
                {running ? t('cycles.actions.running') : t('cycles.actions.run')}
              </button>
              <button
                type="button"
                className="button button--primary"
                aria-disabled={busy}
                onClick={() => !busy && setPublishing(true)}
              >
                {t('cycles.actions.publish')}
              </button>
            </div>
          )}
          <div
            role="status"
            aria-live="polite"
            className={feedback ? `cycle__feedback notice notice--${feedback.kind}` : 'cycle__feedback'}
          >
            {feedback?.text}
          </div>
          <CycleSummary cycle={view} />
          <CycleEntries
            cycle={view}
            version={entriesVersion}
            busy={busy}
            applyChange={applyChange}
            pendingFocus={pendingFocus}
          />
          <ActionDialog
            open={publishing}
            title={t('cycles.actions.publishTitle')}
            confirmLabel={t('cycles.actions.publishConfirm')}
            busyLabel={t('cycles.busy')}
            cancelLabel={t('cycles.cancel')}
            onClose={() => setPublishing(false)}
            onConfirm={() =>
              applyChange(() => cyclesApi.publish(view.id), {
                done: (next) =>
                  t('cycles.actions.published', {
                    proposals: t('cycles.detail.proposals', { count: next.publication?.proposed ?? 0 }),
                    skipped: t('cycles.detail.skipped', { count: next.publication?.skipped ?? 0 }),
                  }),
                focus: 'summary',
                inDialog: true,
              }).then(() => setPublishing(false))
            }
          >
            <p>
              {view.draft.pairs === 0
                ? t('cycles.actions.publishNothing')
                : t('cycles.actions.publishText', { count: view.draft.pairs })}
            </p>
          </ActionDialog>
        </div>
      )}
    </Page>
  );
}
