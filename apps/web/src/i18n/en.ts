import type { Translation } from './fr';
import { directoryEn } from './directory.en';
import { onboardingEn } from './onboarding.en';
import { importEn } from './import.en';
import { privacyEn } from './privacy.en';
import { profileEn } from './profile.en';
import { requestsEn } from './requests.en';
import { suggestionsEn } from './suggestions.en';
import { mentorshipsEn } from './mentorships.en';
import { weightsEn } from './weights.en';
import { cyclesEn } from './cycles.en';

// Typed by the French reference: a missing or extra key fails the type check.
export const en: Translation = {
  app: {
    name: 'Passerelle',
    tagline: 'Mentoring between alumni and students',
    loading: 'Loading…',
  },
  layout: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    menu: 'Menu',
    signedInAs: 'Signed in: {{name}}',
    signOut: 'Sign out',
    switchLanguage: 'Français',
    switchLanguageLabel: 'Passer en français',
    footer: 'Passerelle — open-source mentoring software for alumni associations.',
  },
  nav: {
    signIn: 'Sign in',
    signUp: 'Sign up',
    account: 'My account',
  },
  roles: {
    student: 'Student',
    alumnus: 'Alumnus',
    staff: 'Staff',
    admin: 'Administrator',
  },
  roleHints: {
    student: 'I am looking for a mentor for my career plans.',
    alumnus: 'I would like to mentor students.',
  },
  locales: {
    fr: 'Français',
    en: 'English',
  },
  fields: {
    email: 'Email address',
    password: 'Password',
    passwordHint: 'At least {{min}} characters.',
    displayName: 'Display name',
    displayNameHint: 'Visible to other members.',
    role: 'I am',
    locale: 'Language',
    timeZone: 'Time zone',
    timeZoneHint: 'Type a city or a region, then pick from the list.',
    timeZoneOptional: 'Time zone (optional)',
    currentPassword: 'Current password',
    newPassword: 'New password',
    optional: 'optional',
  },
  timeZonePicker: {
    noMatch: 'No time zone matches.',
    matches_one: '{{count}} time zone found.',
    matches_other: '{{count}} time zones found.',
  },
  validation: {
    email: 'Enter a valid email address, such as name@example.com.',
    password: 'The password must be at least {{min}} characters long.',
    newPassword: 'The new password must be at least {{min}} characters long.',
    currentPassword: 'Enter your current password.',
    displayName: 'Enter a name of 1 to 100 characters.',
    role: 'Choose whether you are a student or an alumnus.',
    locale: 'Choose French or English.',
    timeZone: 'Pick a time zone from the list, such as Europe/Paris.',
  },
  errors: {
    invalidForm: 'Some fields need your attention.',
    wrongCredentials: 'Incorrect email or password.',
    wrongCurrentPassword: 'Incorrect current password.',
    emailTaken: 'An account already exists with this email.',
    rateLimited: 'Too many attempts. Please wait a minute before trying again.',
    unavailable: 'The service is temporarily unavailable. Please try again shortly.',
    timeout: 'The service is taking too long to answer. Please try again shortly.',
    network: 'The server cannot be reached. Check your connection.',
    sessionExpired: 'Your session has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    unexpected: 'Something unexpected went wrong. Please try again later.',
    reference: 'Reference: {{id}}',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Good to see you again.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    noAccount: 'No account yet?',
    signUpLink: 'Sign up',
  },
  signUp: {
    title: 'Sign up',
    intro: 'Join your association’s mentoring programme.',
    submit: 'Create my account',
    submitting: 'Creating…',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
  },
  account: {
    title: 'My account',
    welcome: 'Hello {{name}}!',
    summary: '{{role}} · member since {{date}}',
    profileTitle: 'Profile',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Changes saved.',
    passwordTitle: 'Change password',
    passwordIntro: 'Your other devices will be signed out.',
    changePassword: 'Change password',
    changingPassword: 'Changing…',
    passwordChanged: 'Password changed.',
    passwordChangedOtherSessions_one: 'Password changed. {{count}} other session was closed.',
    passwordChangedOtherSessions_other: 'Password changed. {{count}} other sessions were closed.',
  },
  profile: profileEn,
  directory: directoryEn,
  onboarding: onboardingEn,
  privacy: privacyEn,
  import: importEn,
  requests: requestsEn,
  suggestions: suggestionsEn,
  mentorships: mentorshipsEn,
  weights: weightsEn,
  cycles: cyclesEn,
  notFound: {
    title: 'Page not found',
    body: 'This address does not match any page.',
    home: 'Back to home',
  },
};
