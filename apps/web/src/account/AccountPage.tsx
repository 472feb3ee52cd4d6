import { useTranslation } from 'react-i18next';
import { useSignedInAccount } from '../auth/AuthContext';
import { Page } from '../layout/Page';
import { MyDataSection } from '../privacy/MyDataSection';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const account = useSignedInAccount();
  const memberSince = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeZone: account.timeZone,
  }).format(new Date(account.createdAt));

  return (
    <Page
      title={t('account.title')}
      intro={
        <>
          <strong className="welcome">{t('account.welcome', { name: account.displayName })}</strong>{' '}
          {t('account.summary', { role: t(`roles.${account.role}`), date: memberSince })}
        </>
      }
    >
      <div className="account-grid">
        <ProfileForm account={account} />
        <PasswordForm />
        <MyDataSection />
      </div>
    </Page>
  );
}
