import './onboarding.css';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignedInAccount } from '../auth/AuthContext';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { Page } from '../layout/Page';
import { useLoaded } from '../profile/useProfile';
import { CharterSection } from './CharterSection';
import { useFormatDate, useLocalised } from './format';
import { LoadState } from './LoadFailed';
import { onboardingApi, type MyOnboardingView } from './onboardingApi';
import { modulePath, useMyOnboarding } from './useOnboarding';

/**
 * The mentor onboarding wizard (alumni): request, charter, training, approval, with where
 * they stand. Students see the charter only.
 */
export function OnboardingPage() {
  const { t } = useTranslation();
  const account = useSignedInAccount();
  const isAlumnus = account.role === 'alumnus';
  const { state, reload } = useMyOnboarding();

  return (
    <Page
      title={t(isAlumnus ? 'onboarding.wizard.title' : 'onboarding.wizard.titleStudent')}
      intro={t(isAlumnus ? 'onboarding.wizard.intro' : 'onboarding.wizard.introStudent')}
    >
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && (
        <div className="onboarding">
          {isAlumnus && <StepList view={state.value} />}
          {isAlumnus && <StatusPanel view={state.value} />}
          {isAlumnus && <RequestSection view={state.value} onSent={reload} />}
          <CharterSection
            title={t(isAlumnus ? 'onboarding.charter.title' : 'onboarding.charter.titleStudent')}
            onAccepted={reload}
          />
          {isAlumnus && <TrainingSection />}
          {isAlumnus && <ApprovalSection view={state.value} />}
        </div>
      )}
    </Page>
  );
}

function StepList({ view }: { view: MyOnboardingView }) {
  const { t } = useTranslation();
  const current = view.missing[0];
  return (
    <ol className="steps" aria-label={t('onboarding.wizard.stepsLabel')}>
      {view.steps.map(({ step, done }) => (
        <li
          key={step}
          className={done ? 'steps__item steps__item--done' : 'steps__item'}
          aria-current={step === current ? 'step' : undefined}
        >
          <span className="steps__mark" aria-hidden="true">
            {done ? '✓' : '•'}
          </span>
          {t(`onboarding.wizard.steps.${step}`)}
          <span className="visually-hidden">
            {' '}
            ({t(done ? 'onboarding.wizard.stepDone' : 'onboarding.wizard.stepTodo')})
          </span>
        </li>
      ))}
    </ol>
  );
}

function StatusPanel({ view }: { view: MyOnboardingView }) {
  const { t } = useTranslation();
  const missing = view.missing.map((step) => t(`onboarding.wizard.steps.${step}`)).join(', ');
  return (
    <section className={view.available ? 'card status-panel status-panel--available' : 'card status-panel'}>
      <h2 className="card__title">{t('onboarding.status.title')}</h2>
      <p className="status-panel__headline" data-testid="mentor-availability">
        {t(view.available ? 'onboarding.status.available' : 'onboarding.status.unavailable')}
      </p>
      {view.mentorStatus && <p>{t(`onboarding.status.${view.mentorStatus}`)}</p>}
      {view.decisionReason && <p>{t('onboarding.status.reason', { reason: view.decisionReason })}</p>}
      {missing && <p>{t('onboarding.status.missing', { steps: missing })}</p>}
    </section>
  );
}

function RequestSection({ view, onSent }: { view: MyOnboardingView; onSent(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [motivation, setMotivation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const canAsk = view.mentorStatus === null || view.mentorStatus === 'rejected';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onboardingApi.requestMentorship(motivation.trim());
      onSent();
    } catch (failure) {
      setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card onboarding-section" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('onboarding.request.title')}
      </h2>
      {!canAsk ? (
        <p className="notice notice--success">{t('onboarding.request.done')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p className="card__intro">{t('onboarding.request.intro')}</p>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-motivation`}>
              {t('onboarding.request.motivation')}
            </label>
            <textarea
              id={`${id}-motivation`}
              className="input textarea"
              rows={3}
              maxLength={1000}
              value={motivation}
              onChange={(event) => setMotivation(event.target.value)}
            />
          </div>
          <FormStatus error={error} success={undefined} />
          <SubmitButton
            busy={busy}
            label={t(
              view.mentorStatus === 'rejected' ? 'onboarding.request.again' : 'onboarding.request.submit',
            )}
            busyLabel={t('onboarding.request.busy')}
          />
        </form>
      )}
    </section>
  );
}

function TrainingSection() {
  const { t } = useTranslation();
  const id = useId();
  const formatDate = useFormatDate();
  const localised = useLocalised();
  const { state, reload } = useLoaded(onboardingApi.modules);
  return (
    <section className="card onboarding-section" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('onboarding.training.title')}
      </h2>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && (
        <>
          <p className="card__intro">
            {t('onboarding.training.intro', { months: state.value.validityMonths })}
          </p>
          <ul className="modules" aria-label={t('onboarding.training.modulesLabel')}>
            {state.value.items.map((module) => {
              const title = localised(module.titleFr, module.titleEn);
              return (
                <li key={module.id} className={`modules__item modules__item--${module.state}`}>
                  <div>
                    <p className="modules__title">{title}</p>
                    <p className="modules__summary">{localised(module.summaryFr, module.summaryEn)}</p>
                    <p className="modules__state">
                      {t(`onboarding.training.state.${module.state}`, {
                        date: formatDate(module.validUntil),
                      })}
                    </p>
                  </div>
                  <Link
                    className={
                      module.state === 'passed' ? 'button button--secondary' : 'button button--primary'
                    }
                    to={modulePath(module.id)}
                  >
                    {t(
                      module.state === 'passed' ? 'onboarding.training.review' : 'onboarding.training.open',
                      {
                        title,
                      },
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function ApprovalSection({ view }: { view: MyOnboardingView }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card onboarding-section" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('onboarding.approval.title')}
      </h2>
      <p>
        {view.mentorStatus ? t(`onboarding.status.${view.mentorStatus}`) : t('onboarding.approval.waiting')}
      </p>
    </section>
  );
}
