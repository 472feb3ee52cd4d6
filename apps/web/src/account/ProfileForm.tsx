import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { LOCALES, type Account, type Locale, type UpdateAccountBody } from '../api/types';
import { DisplayNameField } from '../forms/AccountFields';
import { Field } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { TimeZoneField } from '../forms/TimeZoneField';
import { useApiForm } from '../forms/useApiForm';

function profileValues({ displayName, locale, timeZone }: Account) {
  return { displayName, locale: locale as string, timeZone };
}

type ProfileValues = ReturnType<typeof profileValues>;

/** Only what changed goes out, so a stale field can never undo a change made elsewhere. */
function changedFields(account: Account, values: ProfileValues): UpdateAccountBody {
  const changes: UpdateAccountBody = {};
  if (values.displayName !== account.displayName) changes.displayName = values.displayName;
  // The API checks the locale; the cast only narrows what the <select> already limits.
  if (values.locale !== account.locale) changes.locale = values.locale as Locale;
  if (values.timeZone !== account.timeZone) changes.timeZone = values.timeZone;
  return changes;
}

export function ProfileForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const form = useApiForm({
    initialValues: profileValues(account),
    submit: async (values) => {
      const saved = await api.updateMyAccount(changedFields(account, values));
      // Said in the account's language, which becomes the interface's as it is saved.
      return { message: t('account.saved', { lng: saved.locale }), values: profileValues(saved) };
    },
  });
  const localeBinding = form.bind('locale');
  const { syncValue } = form;
  useEffect(() => syncValue('locale', account.locale), [syncValue, account.locale]);

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title" className="card__title">
        {t('account.profileTitle')}
      </h2>
      <form ref={form.formRef} className="form" onSubmit={form.onSubmit} noValidate>
        <DisplayNameField binding={form.bind('displayName')} />
        <Field label={t('fields.locale')} binding={localeBinding}>
          {({ labelId: _labelled, ...control }) => (
            <select
              {...control}
              className="input select"
              value={localeBinding.value}
              onChange={(event) => localeBinding.onChange(event.target.value)}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {t(`locales.${locale}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TimeZoneField label={t('fields.timeZone')} binding={form.bind('timeZone')} />
        <FormStatus error={form.formError} success={form.successMessage} />
        <SubmitButton busy={form.submitting} label={t('account.save')} busyLabel={t('account.saving')} />
      </form>
    </section>
  );
}
