import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Account, Locale, RegisterBody, SignInBody } from '../api/types';
import { applyLocale, currentLocale } from '../i18n/i18n';

/** Why the person was signed out, when the sign-in page should say so. */
export type SignOutNotice = 'accountDeleted';

/** `restoring` while the refresh cookie is tried on start, so pages do not flash the sign-in form. */
export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; expired: boolean; notice?: SignOutNotice }
  | { status: 'signedIn'; account: Account };

interface Auth {
  session: SessionState;
  register(body: Omit<RegisterBody, 'locale'>): Promise<void>;
  signIn(body: SignInBody): Promise<void>;
  signOut(notice?: SignOutNotice): Promise<void>;
  /** Changes the interface language, and the account's when signed in. */
  changeLocale(locale: Locale): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'restoring' });

  useEffect(() => {
    const unsubscribe = api.onSessionChange((account) => {
      if (account) {
        // The account's language wins over the device's once the person is known.
        void applyLocale(account.locale);
        setSession({ status: 'signedIn', account });
      } else {
        setSession((previous) => ({ status: 'signedOut', expired: previous.status === 'signedIn' }));
      }
    });
    api.refreshSession().catch(() => setSession({ status: 'signedOut', expired: false }));
    return unsubscribe;
  }, []);

  const register = useCallback(async (body: Omit<RegisterBody, 'locale'>) => {
    await api.register({ ...body, locale: currentLocale() });
  }, []);

  const signIn = useCallback(async (body: SignInBody) => {
    await api.signIn(body);
  }, []);

  const signOut = useCallback(async (notice?: SignOutNotice) => {
    await api.signOut();
    // Signing out on purpose is not an expired session.
    setSession({ status: 'signedOut', expired: false, notice });
  }, []);

  const signedIn = session.status === 'signedIn';
  const changeLocale = useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      if (signedIn) await api.updateMyAccount({ locale });
    },
    [signedIn],
  );

  const auth = useMemo(
    () => ({ session, register, signIn, signOut, changeLocale }),
    [session, register, signIn, signOut, changeLocale],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** For pages behind <RequireAuth>, where the account is always known. */
export function useSignedInAccount(): Account {
  const { session } = useAuth();
  if (session.status !== 'signedIn') throw new Error('useSignedInAccount needs a signed-in session');
  return session.account;
}
