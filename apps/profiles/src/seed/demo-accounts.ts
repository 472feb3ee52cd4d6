import { Locale, Role } from '@passerelle/contracts';
import type { NewAccount } from '../accounts/accounts.service.js';

/** Shared by every demo account so the printed logins stay short. */
export const DEMO_PASSWORD = 'passerelle-demo';

type DemoAccount = Omit<NewAccount, 'password'>;

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'staff@demo.passerelle.org',
    displayName: 'Nadia Benali',
    role: Role.Staff,
    timeZone: 'Europe/Paris',
  },
  {
    email: 'lea.martin@demo.passerelle.org',
    displayName: 'Léa Martin',
    role: Role.Student,
    timeZone: 'Europe/Paris',
  },
  {
    email: 'moussa.diop@demo.passerelle.org',
    displayName: 'Moussa Diop',
    role: Role.Student,
    timeZone: 'Africa/Dakar',
  },
  {
    email: 'emma.tremblay@demo.passerelle.org',
    displayName: 'Emma Tremblay',
    role: Role.Student,
    locale: Locale.En,
    timeZone: 'America/Toronto',
  },
  {
    email: 'julien.moreau@demo.passerelle.org',
    displayName: 'Julien Moreau',
    role: Role.Alumnus,
    timeZone: 'Europe/Paris',
  },
  {
    email: 'awa.ndiaye@demo.passerelle.org',
    displayName: 'Awa Ndiaye',
    role: Role.Alumnus,
    timeZone: 'Africa/Abidjan',
  },
  {
    email: 'thomas.leroy@demo.passerelle.org',
    displayName: 'Thomas Leroy',
    role: Role.Alumnus,
    locale: Locale.En,
    timeZone: 'America/Montreal',
  },
];
