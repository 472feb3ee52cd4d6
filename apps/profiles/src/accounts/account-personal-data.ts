import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountStatus, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from '@passerelle/contracts';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { Account } from './account.entity.js';
import { toAccountView } from './account-view.js';

/**
 * The address an erased account keeps: unique (the column is), and never
 * deliverable (`.invalid` is reserved by RFC 2606), so nothing is ever sent
 * to it and nobody can sign up or sign in with it.
 */
export function erasedEmailPlaceholder(accountId: string): string {
  return `erased-${accountId}@erased.invalid`;
}

/** The account row itself: exported as the person sees it, erased by anonymising it. */
@Injectable()
export class AccountPersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'account';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, accountId: string): Promise<unknown> {
    const account = await manager.findOneBy(Account, { id: accountId });
    // The view, not the row: the password hash never leaves the service.
    return account ? toAccountView(account) : null;
  }

  /**
   * Keeps the row (its id is what other tables and services refer to) but
   * nothing that identifies the person; the web app shows "Deleted member".
   */
  async erase(manager: EntityManager, accountId: string): Promise<void> {
    await manager.update(
      Account,
      { id: accountId },
      {
        email: erasedEmailPlaceholder(accountId),
        displayName: '',
        passwordHash: null,
        locale: DEFAULT_LOCALE,
        timeZone: DEFAULT_TIME_ZONE,
        lastActiveAt: null,
        status: AccountStatus.Erased,
      },
    );
  }
}
