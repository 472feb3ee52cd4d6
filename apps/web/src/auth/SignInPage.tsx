import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CurrentPasswordField, EmailField } from '../forms/AccountFields';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { useApiForm } from '../forms/useApiForm';
import { paths } from '../layout/navigation';
import { Page } from '../layout/Page';
import { useAuth } from './AuthContext';

export function SignInPage() {
  const { t } = useTranslation();
  const { session, signIn } = useAuth();
  const form = useApiForm({
    initialValues: { email: '', password: '' },
    // Once signed in, the route guard sends the person on to where they were going.
    submit: (values) => signIn(values),
    explainError: (error) =>
      error.code === 'UNAUTHENTICATED' ? { form: t('errors.wrongCredentials') } : undefined,
  });
  const expired = session.status === 'signedOut' && session.expired;
  const accountDeleted = session.status === 'signedOut' && session.notice === 'accountDeleted';

  return (
    <Page title={t('signIn.title')} intro={t('signIn.intro')} narrow>
      {expired && <p className="notice notice--info">{t('errors.sessionExpired')}</p>}
      {accountDeleted && (
        <p className="notice notice--info" role="status">
          {t('privacy.deleted')}
        </p>
      )}
      <form ref={form.formRef} className="card form" onSubmit={form.onSubmit} noValidate>
        <EmailField binding={form.bind('email')} />
        <CurrentPasswordField label={t('fields.password')} binding={form.bind('password')} />
        <FormStatus error={form.formError} success={form.successMessage} />
        <SubmitButton busy={form.submitting} label={t('signIn.submit')} busyLabel={t('signIn.submitting')} />
      </form>
      <p className="page__aside">
        {t('signIn.noAccount')} <Link to={paths.signUp}>{t('signIn.signUpLink')}</Link>
      </p>
    </Page>
  );
}
