import type { privacyFr } from './privacy.fr';

export const privacyEn: typeof privacyFr = {
  title: 'My data',
  intro: 'Download everything Passerelle keeps about you (a JSON file), or delete your account.',
  download: 'Download my data',
  downloading: 'Preparing the file…',
  downloaded: 'Your data file has been downloaded.',
  deleteTitle: 'Delete my account',
  deleteIntro:
    'Your personal information is erased, all your sessions end and the other services are told. This cannot be undone.',
  delete: 'Delete my account…',
  confirmTitle: 'Delete your account for good?',
  confirmText: 'Enter your current password to confirm. You will then be signed out.',
  confirmDelete: 'Delete for good',
  deleting: 'Deleting…',
  cancel: 'Cancel',
  deleted: 'Your account has been deleted and your personal data erased. Goodbye!',
  deletedMember: 'Deleted member',
};
