import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ACCOUNT_ERASED,
  AccountStatus,
  ErrorCode,
  type AccountErasedEvent,
  type EraseMyAccountReply,
  type EraseMyAccountRequest,
} from '@passerelle/contracts';
import { DomainError, recordEvent, type ActorRef } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { anonymiseRecordedProfileEvents } from '../profile/recorded-profile-events.js';
import { DATA_SOURCE } from '../tokens.js';
import { PersonalDataRegistry } from './personal-data.registry.js';

const WRONG_PASSWORD = 'The current password is incorrect';

/**
 * "Delete my account": in one transaction every registered part erases its
 * data (the account part anonymises the row and marks it erased, the sessions
 * part ends every session) and the erasure event is recorded for the other
 * services. The account row stays, without anything personal, because ids in
 * other services and in the audit log point to it.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly hasher: PasswordHasher,
  ) {}

  async eraseOwn(actor: ActorRef, request: EraseMyAccountRequest): Promise<EraseMyAccountReply> {
    const account = await this.dataSource.manager.findOneBy(Account, { id: actor.userId });
    if (!account) throw new DomainError(ErrorCode.NOT_FOUND, 'This account no longer exists');
    // A retry after a lost reply: the password is gone with the account, and the answer is the same.
    if (account.status === AccountStatus.Erased) return erasedReply(account);
    // Checked before the transaction: argon2 is slow and must not hold the row lock.
    if (!(await this.hasher.verify(account.passwordHash, request.currentPassword))) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_PASSWORD, {
        fields: [{ field: 'currentPassword', messages: [WRONG_PASSWORD] }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockAccount(manager, account.id);
      // Two erasures racing: the second waits for the lock and finds the work done.
      if (locked.status === AccountStatus.Erased) return erasedReply(locked);
      await this.registry.eraseAll(manager, account.id);
      await anonymiseRecordedProfileEvents(manager, account.id);
      const erased = await lockAccount(manager, account.id);
      if (erased.status !== AccountStatus.Erased) {
        throw new Error('The account personal data part did not mark the account erased');
      }
      const reply = erasedReply(erased);
      const event: AccountErasedEvent = { accountId: reply.accountId, erasedAt: reply.erasedAt };
      await recordEvent(manager, ACCOUNT_ERASED, event);
      return reply;
    });
  }
}

function lockAccount(manager: EntityManager, id: string): Promise<Account> {
  return manager.findOneOrFail(Account, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** An erased row changes no more, so its last update is the time of erasure. */
function erasedReply(account: Account): EraseMyAccountReply {
  return { accountId: account.id, erasedAt: account.updatedAt.toISOString() };
}
