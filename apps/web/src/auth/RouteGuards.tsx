import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { paths } from '../layout/navigation';
import type { Role } from '../api/types';
import { NotFoundPage } from '../layout/NotFoundPage';
import { useAuth } from './AuthContext';

/** Where sign-in sends the person back to once they are known. */
export interface ReturnTo {
  from?: string;
}

function RestoringSession() {
  const { t } = useTranslation();
  return (
    <p className="restoring" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Pages for signed-in people; others go to sign-in and come back afterwards. */
export function RequireSignedIn() {
  const { session } = useAuth();
  const location = useLocation();
  if (session.status === 'restoring') return <RestoringSession />;
  if (session.status === 'signedOut') {
    const returnTo: ReturnTo = { from: location.pathname };
    return <Navigate to={paths.signIn} replace state={returnTo} />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up make no sense once signed in. */
export function RequireSignedOut() {
  const { session } = useAuth();
  const location = useLocation();
  if (session.status === 'restoring') return <RestoringSession />;
  if (session.status === 'signedIn') {
    const { from } = (location.state ?? {}) as ReturnTo;
    return <Navigate to={from ?? paths.account} replace />;
  }
  return <Outlet />;
}

/** The home address leads to the page that fits the visitor. */
export function HomeRedirect() {
  const { session } = useAuth();
  if (session.status === 'restoring') return <RestoringSession />;
  return <Navigate to={session.status === 'signedIn' ? paths.account : paths.signIn} replace />;
}

/**
 * Pages for some roles only (inside RequireSignedIn). Others get the not-found page, as if the
 * page did not exist; the API refuses them anyway.
 */
export function RequireRoles({ roles }: { roles: readonly Role[] }) {
  const { session } = useAuth();
  if (session.status !== 'signedIn' || !roles.includes(session.account.role)) return <NotFoundPage />;
  return <Outlet />;
}
