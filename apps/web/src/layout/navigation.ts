import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';
import { mentorshipPaths } from '../mentorships/paths';
import { onboardingPaths } from '../onboarding/paths';
import { requestPaths } from '../requests/paths';
import { weightsPaths } from '../weights/paths';
import { cyclePaths } from '../cycles/paths';

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
  staffTags: '/staff/tags',
  staffImportAlumni: '/staff/imports/alumni',
} as const;

const account: NavItem = { to: paths.account, labelKey: 'nav.account' };
const profile: NavItem = { to: paths.profile, labelKey: 'profile.nav' };
const directory: NavItem = { to: paths.directory, labelKey: 'directory.nav' };
const staffTags: NavItem = { to: paths.staffTags, labelKey: 'profile.tags.nav' };
const importAlumni: NavItem = { to: paths.staffImportAlumni, labelKey: 'import.nav' };

const onboarding: NavItem = { to: onboardingPaths.wizard, labelKey: 'onboarding.nav' };
const charter: NavItem = { to: onboardingPaths.wizard, labelKey: 'onboarding.navStudent' };
const mentorQueue: NavItem = { to: onboardingPaths.queue, labelKey: 'onboarding.navQueue' };
const charterEditor: NavItem = { to: onboardingPaths.charterEditor, labelKey: 'onboarding.navCharter' };

const findMentor: NavItem = { to: requestPaths.findMentor, labelKey: 'suggestions.nav' };
const myRequests: NavItem = { to: requestPaths.mine, labelKey: 'requests.nav' };
const incomingRequests: NavItem = { to: requestPaths.incoming, labelKey: 'requests.navIncoming' };
const myMentorships: NavItem = { to: mentorshipPaths.list, labelKey: 'mentorships.nav' };
const stalledPairs: NavItem = { to: mentorshipPaths.stalled, labelKey: 'mentorships.navStalled' };
const scoreWeights: NavItem = { to: weightsPaths.page, labelKey: 'weights.nav' };
const matchingCycles: NavItem = { to: cyclePaths.list, labelKey: 'cycles.nav' };

/** What staff and admins run, in the menu's order. */
const staffPages: readonly NavItem[] = [
  mentorQueue,
  stalledPairs,
  matchingCycles,
  scoreWeights,
  charterEditor,
  staffTags,
  importAlumni,
];

export const signedOutNavigation: readonly NavItem[] = [
  { to: paths.signIn, labelKey: 'nav.signIn' },
  { to: paths.signUp, labelKey: 'nav.signUp' },
];

/** What each role finds in the menu; each feature adds its pages to the roles it serves. */
export const navigationByRole: Record<Role, readonly NavItem[]> = {
  // Students mostly ask (their sent requests), alumni mostly answer (incoming); each page links
  // to the other for reverse mentoring, where the roles swap.
  student: [directory, findMentor, myRequests, myMentorships, profile, charter, account],
  alumnus: [directory, incomingRequests, findMentor, myMentorships, profile, onboarding, account],
  staff: [directory, profile, ...staffPages, account],
  admin: [directory, profile, ...staffPages, account],
};
