import './privacy.css';
import '../onboarding/onboarding.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { CurrentPasswordField, explainWrongCurrentPassword } from '../forms/AccountFields';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { useApiForm } from '../forms/useApiForm';
import { Dialog } from '../onboarding/Dialog';
import { privacyApi } from './privacyApi';

/** "My data" on the account page: download everything, or delete the account. */
export function MyDataSection() {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string>();
  const [downloaded, setDownloaded] = useState<string>();
  const [confirming, setConfirming] = useState(false);

  const download = async () => {
    if (downloading) return;
    setDownloading(true);
    setDownloadError(undefined);
    setDownloaded(undefined);
    try {
      await privacyApi.downloadMyData();
      setDownloaded(t('privacy.downloaded'));
    } catch (error) {
      setDownloadError(explainFailure(t, error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title" className="card__title">
        {t('privacy.title')}
      </h2>
      <p className="card__intro">{t('privacy.intro')}</p>
      <div className="form">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void download()}
          aria-disabled={downloading}
        >
          {downloading ? t('privacy.downloading') : t('privacy.download')}
        </button>
        <FormStatus error={downloadError} success={downloaded} />
        <h3 className="card__subtitle">{t('privacy.deleteTitle')}</h3>
        <p>{t('privacy.deleteIntro')}</p>
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('privacy.delete')}
        </button>
      </div>
      <Dialog open={confirming} title={t('privacy.confirmTitle')} onClose={() => setConfirming(false)}>
        <DeleteAccountForm onCancel={() => setConfirming(false)} />
      </Dialog>
    </section>
  );
}

function DeleteAccountForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const form = useApiForm({
    initialValues: { currentPassword: '' },
    submit: async ({ currentPassword }) => {
      await privacyApi.deleteMyAccount(currentPassword);
      // The account is gone: this tab forgets the session, and the sign-in page says why.
      await signOut('accountDeleted');
    },
    explainError: explainWrongCurrentPassword(t),
  });
  return (
    <form ref={form.formRef} className="form" onSubmit={form.onSubmit} noValidate>
      <p>{t('privacy.confirmText')}</p>
      <CurrentPasswordField
        label={t('fields.currentPassword')}
        binding={form.bind('currentPassword')}
        autoFocus
      />
      <FormStatus error={form.formError} success={form.successMessage} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('privacy.cancel')}
        </button>
        <SubmitButton
          busy={form.submitting}
          label={t('privacy.confirmDelete')}
          busyLabel={t('privacy.deleting')}
        />
      </div>
    </form>
  );
}
