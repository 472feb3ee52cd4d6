import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';
import { onboardingPaths } from '../onboarding/paths';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
}

export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  account: '/account',
  profile: '/profile',
  person: '/people/:accountId',
  staffTags: '/staff/tags',
  staffImportAlumni: '/staff/imports/alumni',
} as const;

const account: NavItem = { to: paths.account, labelKey: 'nav.account' };
const profile: NavItem = { to: paths.profile, labelKey: 'profile.nav' };
const staffTags: NavItem = { to: paths.staffTags, labelKey: 'profile.tags.nav' };
const importAlumni: NavItem = { to: paths.staffImportAlumni, labelKey: 'import.nav' };

const onboarding: NavItem = { to: onboardingPaths.wizard, labelKey: 'onboarding.nav' };
const charter: NavItem = { to: onboardingPaths.wizard, labelKey: 'onboarding.navStudent' };
const mentorQueue: NavItem = { to: onboardingPaths.queue, labelKey: 'onboarding.navQueue' };
const charterEditor: NavItem = { to: onboardingPaths.charterEditor, labelKey: 'onboarding.navCharter' };

export const signedOutNavigation: readonly NavItem[] = [
  { to: paths.signIn, labelKey: 'nav.signIn' },
  { to: paths.signUp, labelKey: 'nav.signUp' },
];

/** What each role finds in the menu; each feature adds its pages to the roles it serves. */
export const navigationByRole: Record<Role, readonly NavItem[]> = {
  student: [profile, charter, account],
  alumnus: [profile, onboarding, account],
  staff: [profile, mentorQueue, charterEditor, staffTags, importAlumni, account],
  admin: [profile, mentorQueue, charterEditor, staffTags, importAlumni, account],
};
