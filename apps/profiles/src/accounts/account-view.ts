import type { AccountView } from '@passerelle/contracts';
import type { Account } from './account.entity.js';

export function toAccountView(account: Account): AccountView {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    locale: account.locale,
    timeZone: account.timeZone,
    status: account.status,
    createdAt: account.createdAt.toISOString(),
    lastActiveAt: account.lastActiveAt?.toISOString() ?? null,
  };
}
