import 'i18next';
import type { resources } from './i18n';

// Types every t('…') key against the French resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['fr'];
  }
}
