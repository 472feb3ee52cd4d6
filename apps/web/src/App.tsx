import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AccountPage } from './account/AccountPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { AuthProvider } from './auth/AuthContext';
import { HomeRedirect, RequireRoles, RequireSignedIn, RequireSignedOut } from './auth/RouteGuards';
import { SignInPage } from './auth/SignInPage';
import { SignUpPage } from './auth/SignUpPage';
import { ImportAlumniPage } from './import/ImportAlumniPage';
import { AppLayout } from './layout/AppLayout';
import { paths } from './layout/navigation';
import { NotFoundPage } from './layout/NotFoundPage';
import { OnboardingPage } from './onboarding/OnboardingPage';
import { StaffCharterPage } from './onboarding/StaffCharterPage';
import { StaffMentorPage } from './onboarding/StaffMentorPage';
import { StaffMentorsPage } from './onboarding/StaffMentorsPage';
import { TrainingModulePage } from './onboarding/TrainingModulePage';
import { onboardingPaths } from './onboarding/useOnboarding';
import { MyProfilePage } from './profile/MyProfilePage';
import { PersonPage } from './profile/PersonPage';
import { StaffTagsPage } from './profile/StaffTagsPage';
import { MentorshipPage } from './mentorships/MentorshipPage';
import { MyMentorshipsPage } from './mentorships/MyMentorshipsPage';
import { mentorshipPaths } from './mentorships/paths';
import { StalledPairsPage } from './mentorships/StalledPairsPage';
import { IncomingRequestsPage } from './requests/IncomingRequestsPage';
import { MyRequestsPage } from './requests/MyRequestsPage';
import { requestPaths } from './requests/paths';
import { FindMentorPage } from './suggestions/FindMentorPage';
import { weightsPaths } from './weights/paths';
import { ScoreWeightsPage } from './weights/ScoreWeightsPage';
import { CyclePage } from './cycles/CyclePage';
import { CyclesPage } from './cycles/CyclesPage';
import { cyclePaths } from './cycles/paths';

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
              <Route path={paths.directory} element={<DirectoryPage />} />
              <Route path={paths.staffTags} element={<StaffTagsPage />} />
              <Route element={<RequireRoles roles={['student', 'alumnus']} />}>
                <Route path={onboardingPaths.wizard} element={<OnboardingPage />} />
                <Route path={requestPaths.findMentor} element={<FindMentorPage />} />
                <Route path={requestPaths.mine} element={<MyRequestsPage />} />
                <Route path={requestPaths.incoming} element={<IncomingRequestsPage />} />
                <Route path={mentorshipPaths.list} element={<MyMentorshipsPage />} />
              </Route>
              <Route element={<RequireRoles roles={['student', 'alumnus', 'staff', 'admin']} />}>
                <Route path={mentorshipPaths.detail} element={<MentorshipPage />} />
              </Route>
              <Route element={<RequireRoles roles={['alumnus', 'staff', 'admin']} />}>
                <Route path={onboardingPaths.module} element={<TrainingModulePage />} />
              </Route>
              <Route element={<RequireRoles roles={['staff', 'admin']} />}>
                <Route path={onboardingPaths.queue} element={<StaffMentorsPage />} />
                <Route path={onboardingPaths.mentor} element={<StaffMentorPage />} />
                <Route path={onboardingPaths.charterEditor} element={<StaffCharterPage />} />
                <Route path={paths.staffImportAlumni} element={<ImportAlumniPage />} />
                <Route path={mentorshipPaths.stalled} element={<StalledPairsPage />} />
                <Route path={weightsPaths.page} element={<ScoreWeightsPage />} />
                <Route path={cyclePaths.list} element={<CyclesPage />} />
                <Route path={cyclePaths.detail} element={<CyclePage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
