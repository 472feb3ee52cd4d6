import './onboarding.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { FieldError } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { Page } from '../layout/Page';
import { useLoaded } from '../profile/useProfile';
import { Dialog } from './Dialog';
import { useFormatDate } from './format';
import { LoadState } from './LoadFailed';
import { Markdown } from './Markdown';
import { onboardingApi } from './onboardingApi';

type Body = 'bodyFr' | 'bodyEn';

/** Staff: write the next charter version in French and English, preview it, publish it. */
export function StaffCharterPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const id = useId();
  const { state, reload } = useLoaded(onboardingApi.charter);
  const [bodies, setBodies] = useState<Record<Body, string>>({ bodyFr: '', bodyEn: '' });
  const [errors, setErrors] = useState<Partial<Record<Body, string>>>({});
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  // Start from the current text: a new version is usually an edit of the last one.
  useEffect(() => {
    if (state.status === 'loaded') setBodies({ bodyFr: state.value.bodyFr, bodyEn: state.value.bodyEn });
  }, [state]);

  const nextVersion = state.status === 'loaded' ? state.value.version + 1 : 0;

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const published = await onboardingApi.publishCharter(bodies.bodyFr, bodies.bodyEn);
      setConfirming(false);
      setSuccess(t('onboarding.editor.published', { version: published.version }));
      reload();
    } catch (failure) {
      setConfirming(false);
      if (failure instanceof ApiError && failure.fields.length > 0) {
        const fieldErrors: Partial<Record<Body, string>> = {};
        for (const field of failure.fields) {
          if (field.field === 'bodyFr' || field.field === 'bodyEn')
            fieldErrors[field.field] = t('onboarding.editor.bodyHint');
        }
        setErrors(fieldErrors);
        const first = (Object.keys(fieldErrors) as Body[])[0];
        if (first) document.getElementById(`${id}-${first}`)?.focus();
      } else setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const editor = (body: Body, label: string, previewLabel: string, lang: string) => (
    <div className="charter-editor__pair">
      <div className={errors[body] ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-${body}`}>
          {label}
        </label>
        <textarea
          id={`${id}-${body}`}
          className="input textarea charter-editor__text"
          rows={18}
          lang={lang}
          value={bodies[body]}
          aria-invalid={Boolean(errors[body])}
          aria-describedby={`${id}-hint${errors[body] ? ` ${id}-${body}-error` : ''}`}
          onChange={(event) => {
            const value = event.target.value;
            setBodies((previous) => ({ ...previous, [body]: value }));
            setErrors(({ [body]: _fixed, ...rest }) => rest);
            setSuccess(undefined);
          }}
        />
        {errors[body] && <FieldError id={`${id}-${body}-error`}>{errors[body]}</FieldError>}
      </div>
      <section className="charter-editor__preview" aria-label={previewLabel}>
        <h2 className="charter-editor__preview-title">{previewLabel}</h2>
        <Markdown source={bodies[body]} topLevel={3} lang={lang} />
      </section>
    </div>
  );

  return (
    <Page title={t('onboarding.editor.title')} intro={t('onboarding.editor.intro')}>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && (
        <form
          className="form card"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSuccess(undefined);
            setConfirming(true);
          }}
        >
          <p className="card__intro">
            {t('onboarding.editor.current', {
              version: state.value.version,
              date: formatDate(state.value.publishedAt),
            })}
          </p>
          <p className="field__hint" id={`${id}-hint`}>
            {t('onboarding.editor.bodyHint')}
          </p>
          {editor('bodyFr', t('onboarding.editor.bodyFr'), t('onboarding.editor.previewFr'), 'fr')}
          {editor('bodyEn', t('onboarding.editor.bodyEn'), t('onboarding.editor.previewEn'), 'en')}
          <FormStatus error={error} success={success} />
          <button type="submit" className="button button--primary">
            {t('onboarding.editor.publish', { version: nextVersion })}
          </button>
        </form>
      )}
      <Dialog
        open={confirming}
        title={t('onboarding.editor.confirmTitle', { version: nextVersion })}
        onClose={() => setConfirming(false)}
      >
        <form className="form" onSubmit={publish}>
          <p>{t('onboarding.editor.confirmText')}</p>
          <div className="actions">
            <SubmitButton
              busy={busy}
              label={t('onboarding.editor.confirm')}
              busyLabel={t('onboarding.editor.busy')}
            />
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('onboarding.editor.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </Page>
  );
}
