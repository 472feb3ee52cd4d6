import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AccountPage } from './account/AccountPage';
import { AuthProvider } from './auth/AuthContext';
import { HomeRedirect, RequireSignedIn, RequireSignedOut } from './auth/RouteGuards';
import { SignInPage } from './auth/SignInPage';
import { SignUpPage } from './auth/SignUpPage';
import { AppLayout } from './layout/AppLayout';
import { paths } from './layout/navigation';
import { NotFoundPage } from './layout/NotFoundPage';
import { MyProfilePage } from './profile/MyProfilePage';
import { PersonPage } from './profile/PersonPage';
import { StaffTagsPage } from './profile/StaffTagsPage';

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path={paths.home} element={<HomeRedirect />} />
            <Route element={<RequireSignedOut />}>
              <Route path={paths.signIn} element={<SignInPage />} />
              <Route path={paths.signUp} element={<SignUpPage />} />
            </Route>
            <Route element={<RequireSignedIn />}>
              <Route path={paths.account} element={<AccountPage />} />
              <Route path={paths.profile} element={<MyProfilePage />} />
              <Route path={paths.person} element={<PersonPage />} />
              <Route path={paths.staffTags} element={<StaffTagsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
