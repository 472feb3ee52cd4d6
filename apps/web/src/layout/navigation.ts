import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';

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
  directory: '/directory',
} as const;

const account: NavItem = { to: paths.account, labelKey: 'nav.account' };
const profile: NavItem = { to: paths.profile, labelKey: 'profile.nav' };
const directory: NavItem = { to: paths.directory, labelKey: 'directory.nav' };

export const signedOutNavigation: readonly NavItem[] = [
  { to: paths.signIn, labelKey: 'nav.signIn' },
  { to: paths.signUp, labelKey: 'nav.signUp' },
];

/** What each role finds in the menu; each feature adds its pages to the roles it serves. */
export const navigationByRole: Record<Role, readonly NavItem[]> = {
  student: [directory, profile, account],
  alumnus: [directory, profile, account],
  staff: [directory, profile, account],
  admin: [directory, profile, account],
};
