import './profile.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignedInAccount } from '../auth/AuthContext';
import { Page } from '../layout/Page';
import { AlumnusProfileForm } from './AlumnusProfileForm';
import { AvailabilityEditor } from './AvailabilityEditor';
import { CompletenessMeter } from './CompletenessMeter';
import { PhotoUploader } from './PhotoUploader';
import { profileApi } from './profileApi';
import { StaffProfileForm } from './StaffProfileForm';
import { StudentWizard } from './StudentWizard';
import { useLoaded } from './useProfile';

export const personPath = (accountId: string) => `/people/${accountId}`;

/** The signed-in person's profile: completeness, photo, the form of their role, availability. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const account = useSignedInAccount();
  const { state, reload, set } = useLoaded(profileApi.mine);

  return (
    <Page title={t('profile.title')} intro={t('profile.intro')}>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {(state.status === 'failed' || state.status === 'notFound') && (
        <div className="notice notice--error" role="alert">
          {t('profile.loadFailed')}{' '}
          <button type="button" className="button button--quiet" onClick={reload}>
            {t('profile.retry')}
          </button>
        </div>
      )}
      {state.status === 'loaded' && (
        <div className="profile-layout">
          <aside className="profile-layout__side">
            <CompletenessMeter completeness={state.value.completeness} />
            <PhotoUploader profile={state.value} onSaved={reload} />
            <p>
              <Link to={personPath(account.id)}>{t('profile.viewPublic')}</Link>
            </p>
          </aside>
          <div className="profile-layout__main">
            {state.value.alumnus && <AlumnusProfileForm profile={state.value} onSaved={set} />}
            {state.value.student && <StudentWizard profile={state.value} onSaved={set} />}
            {state.value.staff && <StaffProfileForm profile={state.value} onSaved={set} />}
            {!state.value.staff && <AvailabilityEditor profile={state.value} onSaved={reload} />}
          </div>
        </div>
      )}
    </Page>
  );
}
