import './onboarding.css';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { FieldError } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { NotFoundPage } from '../layout/NotFoundPage';
import { Page } from '../layout/Page';
import { useLoaded } from '../profile/useProfile';
import { Dialog } from './Dialog';
import { useFormatDate } from './format';
import { LoadState } from './LoadFailed';
import { CharterBadge, TrainingBadge } from './MentorBadges';
import { onboardingApi, type MentorQueueEntry } from './onboardingApi';
import { onboardingPaths } from './useOnboarding';

type Decision = 'approve' | 'reject' | 'suspend';

/** The decisions that apply to each status (the service refuses the others). */
const DECISIONS: Record<MentorQueueEntry['status'], Decision[]> = {
  pending: ['approve', 'reject'],
  approved: ['suspend'],
  suspended: ['approve'],
  rejected: [],
};

/** Staff: one mentor's request, charter and training status, decisions and their history. */
export function StaffMentorPage() {
  const { accountId = '' } = useParams();
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { state, reload, set } = useLoaded(useCallback(() => onboardingApi.mentor(accountId), [accountId]));
  const history = useLoaded(useCallback(() => onboardingApi.history(accountId), [accountId]));
  const [decision, setDecision] = useState<Decision | null>(null);
  const [done, setDone] = useState<string>();

  if (state.status === 'notFound') return <NotFoundPage />;
  const mentor = state.status === 'loaded' ? state.value : null;
  const unknown = t('onboarding.mentor.unknown');

  return (
    <Page title={mentor?.displayName ?? t('app.loading')}>
      <p>
        <Link to={onboardingPaths.queue}>{t('onboarding.mentor.back')}</Link>
      </p>
      <LoadState state={state} reload={reload} />
      {mentor && (
        <div className="onboarding mentor-detail">
          <section className="card" aria-labelledby="mentor-profile">
            <h2 className="card__title" id="mentor-profile">
              {t('onboarding.mentor.profile')}
            </h2>
            <dl className="facts">
              <dt>{t('onboarding.mentor.status')}</dt>
              <dd data-testid="mentor-status">
                {t(`onboarding.queue.statuses.${mentor.status}`)} ·{' '}
                {t(mentor.available ? 'onboarding.queue.available' : 'onboarding.queue.unavailable')}
              </dd>
              <dt>{t('onboarding.queue.requestedAt')}</dt>
              <dd>{formatDate(mentor.requestedAt)}</dd>
              <dt>{t('onboarding.queue.name')}</dt>
              <dd>
                {mentor.displayName} · {mentor.email}
              </dd>
              <dt>{t('onboarding.mentor.career')}</dt>
              <dd>
                {[mentor.jobTitle, mentor.employer, mentor.sector, mentor.city, mentor.country]
                  .filter(Boolean)
                  .join(' · ') || unknown}
                {mentor.graduationYear && (
                  <> · {t('onboarding.mentor.graduation', { year: mentor.graduationYear })}</>
                )}
              </dd>
              <dt>{t('onboarding.mentor.motivation')}</dt>
              <dd>{mentor.motivation ?? t('onboarding.mentor.noMotivation')}</dd>
              <dt>{t('onboarding.mentor.charterStatus')}</dt>
              <dd>
                <CharterBadge charter={mentor.charter} />
              </dd>
              <dt>{t('onboarding.mentor.trainingStatus')}</dt>
              <dd>
                <TrainingBadge training={mentor.training} />
                {mentor.training.complete && (
                  <>
                    {' '}
                    {t('onboarding.mentor.trainingComplete', { date: formatDate(mentor.training.expiresAt) })}
                  </>
                )}
              </dd>
              {mentor.decisionReason && (
                <>
                  <dt>{t('onboarding.mentor.decisionReason')}</dt>
                  <dd>{mentor.decisionReason}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="card" aria-labelledby="mentor-decisions">
            <h2 className="card__title" id="mentor-decisions">
              {t('onboarding.mentor.decisions')}
            </h2>
            <div role="status" className={done ? 'notice notice--success' : undefined}>
              {done}
            </div>
            <div className="actions">
              {DECISIONS[mentor.status].map((option) => (
                <button
                  key={option}
                  type="button"
                  className={option === 'approve' ? 'button button--primary' : 'button button--secondary'}
                  onClick={() => {
                    setDone(undefined);
                    setDecision(option);
                  }}
                >
                  {t(
                    option === 'approve' && mentor.status === 'suspended'
                      ? 'onboarding.mentor.reinstate'
                      : `onboarding.mentor.${option}`,
                  )}
                </button>
              ))}
            </div>
            <h3>{t('onboarding.mentor.history')}</h3>
            {history.state.status === 'loaded' && history.state.value.items.length === 0 && (
              <p>{t('onboarding.mentor.noHistory')}</p>
            )}
            {history.state.status === 'loaded' && history.state.value.items.length > 0 && (
              <ol className="history">
                {history.state.value.items.map((entry) => (
                  <li key={entry.id}>
                    {t('onboarding.mentor.historyEntry', {
                      date: formatDate(entry.occurredAt),
                      action: t(`onboarding.mentor.actions.${entry.action as 'mentor.approved'}`, {
                        defaultValue: entry.action,
                      }),
                    })}
                    {entry.reason && <> — « {entry.reason} »</>}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <DecisionDialog
            mentor={mentor}
            decision={decision}
            onClose={() => setDecision(null)}
            onDecided={(updated) => {
              set(updated);
              setDecision(null);
              setDone(t('onboarding.mentor.done'));
              history.reload();
            }}
          />
        </div>
      )}
    </Page>
  );
}

function DecisionDialog({
  mentor,
  decision,
  onClose,
  onDecided,
}: {
  mentor: MentorQueueEntry;
  decision: Decision | null;
  onClose(): void;
  onDecided(mentor: MentorQueueEntry): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const needsReason = decision === 'reject' || decision === 'suspend';
  const name = mentor.displayName;

  const close = () => {
    setReason('');
    setReasonError(undefined);
    setError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !decision) return;
    setBusy(true);
    setError(undefined);
    setReasonError(undefined);
    try {
      const updated =
        decision === 'approve'
          ? await onboardingApi.approve(mentor.accountId)
          : decision === 'reject'
            ? await onboardingApi.reject(mentor.accountId, reason)
            : await onboardingApi.suspend(mentor.accountId, reason);
      setReason('');
      onDecided(updated);
    } catch (failure) {
      const fieldError =
        failure instanceof ApiError ? failure.fields.find((field) => field.field === 'reason') : undefined;
      if (fieldError) {
        setReasonError(t('onboarding.mentor.reasonRequired'));
        document.getElementById(`${id}-reason`)?.focus();
      } else setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const title =
    decision === 'approve'
      ? t('onboarding.mentor.approveTitle', { name })
      : decision === 'reject'
        ? t('onboarding.mentor.rejectTitle', { name })
        : t('onboarding.mentor.suspendTitle', { name });

  return (
    <Dialog open={decision !== null} title={title} onClose={close}>
      <form className="form" onSubmit={submit} noValidate>
        {decision === 'approve' && <p>{t('onboarding.mentor.approveText')}</p>}
        {needsReason && (
          <div className={reasonError ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={`${id}-reason`}>
              {t('onboarding.mentor.reason')}
            </label>
            <textarea
              id={`${id}-reason`}
              className="input textarea"
              rows={4}
              maxLength={1000}
              required
              autoFocus
              value={reason}
              aria-invalid={Boolean(reasonError)}
              aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ''}`}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(undefined);
              }}
            />
            <p className="field__hint" id={`${id}-hint`}>
              {t('onboarding.mentor.reasonHint')}
            </p>
            {reasonError && <FieldError id={`${id}-error`}>{reasonError}</FieldError>}
          </div>
        )}
        <FormStatus error={error} success={undefined} />
        <div className="actions">
          <SubmitButton
            busy={busy}
            label={t('onboarding.mentor.confirm')}
            busyLabel={t('onboarding.mentor.busy')}
          />
          <button type="button" className="button button--secondary" onClick={close}>
            {t('onboarding.mentor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
