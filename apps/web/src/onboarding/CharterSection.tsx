import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { useLoaded } from '../profile/useProfile';
import { useFormatDate, useLocalised } from './format';
import { LoadState } from './LoadFailed';
import { Markdown } from './Markdown';
import { onboardingApi } from './onboardingApi';

/** The current charter, in the reader's language, and its acceptance. */
export function CharterSection({ title, onAccepted }: { title: string; onAccepted(): void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localised = useLocalised();
  const { state, reload } = useLoaded(useCallback(() => onboardingApi.charter(), []));
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [checkboxError, setCheckboxError] = useState<string>();
  const checkboxId = useId();

  if (state.status !== 'loaded') {
    return (
      <section className="card onboarding-section" aria-labelledby={`${checkboxId}-title`}>
        <h2 className="card__title" id={`${checkboxId}-title`}>
          {title}
        </h2>
        <LoadState state={state} reload={reload} />
      </section>
    );
  }
  const charter = state.value;
  const acceptedCurrent = charter.acceptedAt !== null;

  const accept = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!agreed) {
      setCheckboxError(t('onboarding.charter.agreeRequired'));
      document.getElementById(checkboxId)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onboardingApi.acceptCharter(charter.version);
      reload();
      onAccepted();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        // A new version was published while the page was open: show it, ask again.
        setError(t('onboarding.charter.stale'));
        setAgreed(false);
        reload();
      } else setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card onboarding-section" aria-labelledby={`${checkboxId}-title`}>
      <h2 className="card__title" id={`${checkboxId}-title`}>
        {title}
      </h2>
      <p className="card__intro">
        {t('onboarding.charter.version', { version: charter.version, date: formatDate(charter.publishedAt) })}
      </p>
      <div className="onboarding-document">
        <Markdown source={localised(charter.bodyFr, charter.bodyEn)} topLevel={3} />
      </div>
      {acceptedCurrent ? (
        <p className="notice notice--success">
          {t('onboarding.charter.accepted', {
            version: charter.version,
            date: formatDate(charter.acceptedAt),
          })}
        </p>
      ) : (
        <form className="form" onSubmit={accept} noValidate>
          {charter.acceptedVersion !== null && <p className="notice">{t('onboarding.charter.outdated')}</p>}
          <div className={checkboxError ? 'field field--invalid' : 'field'}>
            <label className="checkbox">
              <input
                id={checkboxId}
                type="checkbox"
                checked={agreed}
                aria-invalid={Boolean(checkboxError)}
                aria-describedby={checkboxError ? `${checkboxId}-error` : undefined}
                onChange={(event) => {
                  setAgreed(event.target.checked);
                  setCheckboxError(undefined);
                }}
              />
              <span>{t('onboarding.charter.agree')}</span>
            </label>
            {checkboxError && (
              <p className="field__error" id={`${checkboxId}-error`}>
                {checkboxError}
              </p>
            )}
          </div>
          <FormStatus error={error} success={undefined} />
          <SubmitButton
            busy={busy}
            label={t('onboarding.charter.accept')}
            busyLabel={t('onboarding.charter.busy')}
          />
        </form>
      )}
    </section>
  );
}
