import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SELF_SERVICE_ROLES, type SelfServiceRole } from '../api/types';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { DisplayNameField, EmailField, NewPasswordField } from '../forms/AccountFields';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { TimeZoneField } from '../forms/TimeZoneField';
import { browserTimeZone } from '../forms/timeZones';
import { useApiForm } from '../forms/useApiForm';
import { paths } from '../layout/navigation';
import { Page } from '../layout/Page';
import { useAuth } from './AuthContext';

export function SignUpPage() {
  const { t } = useTranslation();
  const { register } = useAuth();
  const form = useApiForm({
    initialValues: { role: '', displayName: '', email: '', password: '', timeZone: browserTimeZone() },
    submit: ({ role, timeZone, ...values }) =>
      // An empty role is sent as is: the API names the field, and the error lands on the radio group.
      register({ ...values, role: role as SelfServiceRole, timeZone: timeZone.trim() || undefined }),
    explainError: (error) =>
      error.code === 'CONFLICT'
        ? { email: t('errors.emailTaken'), form: t('errors.invalidForm') }
        : undefined,
  });

  const roleChoices = SELF_SERVICE_ROLES.map((role) => ({
    value: role,
    label: t(`roles.${role}`),
    description: t(`roleHints.${role}`),
  }));

  return (
    <Page title={t('signUp.title')} intro={t('signUp.intro')} narrow>
      <form ref={form.formRef} className="card form" onSubmit={form.onSubmit} noValidate>
        <ChoiceGroup legend={t('fields.role')} binding={form.bind('role')} choices={roleChoices} />
        <DisplayNameField binding={form.bind('displayName')} />
        <EmailField binding={form.bind('email')} />
        <NewPasswordField label={t('fields.password')} binding={form.bind('password')} />
        <TimeZoneField label={t('fields.timeZoneOptional')} binding={form.bind('timeZone')} />
        <FormStatus error={form.formError} success={form.successMessage} />
        <SubmitButton busy={form.submitting} label={t('signUp.submit')} busyLabel={t('signUp.submitting')} />
      </form>
      <p className="page__aside">
        {t('signUp.haveAccount')} <Link to={paths.signIn}>{t('signUp.signInLink')}</Link>
      </p>
    </Page>
  );
}
