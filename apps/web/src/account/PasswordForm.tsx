import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { CurrentPasswordField, explainWrongCurrentPassword, NewPasswordField } from '../forms/AccountFields';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { useApiForm } from '../forms/useApiForm';

const emptyPasswords = { currentPassword: '', newPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const form = useApiForm({
    initialValues: emptyPasswords,
    submit: async (values) => {
      const { revokedSessions } = await api.changeMyPassword(values);
      const message =
        revokedSessions > 0
          ? t('account.passwordChangedOtherSessions', { count: revokedSessions })
          : t('account.passwordChanged');
      // Passwords do not linger in the page once they have done their job.
      return { message, values: emptyPasswords };
    },
    explainError: explainWrongCurrentPassword(t),
  });

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title" className="card__title">
        {t('account.passwordTitle')}
      </h2>
      <p className="card__intro">{t('account.passwordIntro')}</p>
      <form ref={form.formRef} className="form" onSubmit={form.onSubmit} noValidate>
        <CurrentPasswordField label={t('fields.currentPassword')} binding={form.bind('currentPassword')} />
        <NewPasswordField label={t('fields.newPassword')} binding={form.bind('newPassword')} />
        <FormStatus error={form.formError} success={form.successMessage} />
        <SubmitButton
          busy={form.submitting}
          label={t('account.changePassword')}
          busyLabel={t('account.changingPassword')}
        />
      </form>
    </section>
  );
}
