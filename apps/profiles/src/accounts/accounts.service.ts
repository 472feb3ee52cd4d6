import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  AccountStatus,
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  ErrorCode,
  Role,
  type AccountView,
  type ChangeMyPasswordReply,
  type ChangeMyPasswordRequest,
  type Locale,
  type RegisterAccountRequest,
  type UpdateMyAccountRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { DirectoryIndexer } from '../directory/directory-indexer.js';
import { ProfileWriter } from '../profile/profile-writer.js';
import { RefreshTokenStore } from '../sessions/refresh-token.store.js';
import { DATA_SOURCE } from '../tokens.js';
import { Account } from './account.entity.js';
import { toAccountView } from './account-view.js';
import { PasswordHasher } from './password-hasher.js';

const UNIQUE_VIOLATION = '23505';

export interface NewAccount {
  email: string;
  password: string | null;
  displayName: string;
  role: Role;
  locale?: Locale;
  timeZone?: string;
}

export const WRONG_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class AccountsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: RefreshTokenStore,
    private readonly profileWriter: ProfileWriter,
  ) {}

  register(request: RegisterAccountRequest): Promise<AccountView> {
    return this.create(request).then(toAccountView);
  }

  /** Creates an account of any role; sign-up only reaches it with student or alumnus. */
  async create(input: NewAccount): Promise<Account> {
    const account = this.dataSource.manager.create(Account, {
      email: input.email,
      passwordHash: input.password === null ? null : await this.hasher.hash(input.password),
      displayName: input.displayName,
      role: input.role,
      locale: input.locale ?? DEFAULT_LOCALE,
      timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
      status: AccountStatus.Active,
    });
    try {
      // A new alumnus appears in the staff's directory at once.
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(account);
        await DirectoryIndexer.refresh(manager, saved.id);
        return saved;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new DomainError(ErrorCode.CONFLICT, 'An account already uses this email', {
          fields: [{ field: 'email', messages: ['An account already uses this email'] }],
        });
      }
      throw error;
    }
  }

  async findByEmail(email: string): Promise<Account | null> {
    return this.dataSource.manager.findOneBy(Account, { email });
  }

  /** The account behind these credentials; the same error for an unknown email and a wrong password. */
  async verifyCredentials(email: string, password: string): Promise<Account> {
    const account = await this.findByEmail(email);
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid) throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    if (account.status !== AccountStatus.Active) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'This account is suspended; contact the association');
    }
    return account;
  }

  async getOwn(actor: ActorRef): Promise<AccountView> {
    return toAccountView(await this.load(actor.userId));
  }

  async updateOwn(actor: ActorRef, changes: UpdateMyAccountRequest): Promise<AccountView> {
    await this.load(actor.userId);
    // Through the profile writer: the name and time zone are in the directory document, and
    // the time zone is one of the facts profile.updated tells matching.
    const { account } = await this.profileWriter.write(actor.userId, async (manager, locked) => {
      if (changes.displayName !== undefined) locked.displayName = changes.displayName;
      if (changes.locale !== undefined) locked.locale = changes.locale;
      if (changes.timeZone !== undefined) locked.timeZone = changes.timeZone;
      await manager.save(locked);
    });
    return toAccountView(account);
  }

  /** A new password ends every other session: whoever else knew the old one is signed out. */
  async changePassword(actor: ActorRef, request: ChangeMyPasswordRequest): Promise<ChangeMyPasswordReply> {
    const account = await this.load(actor.userId);
    if (!(await this.hasher.verify(account.passwordHash, request.currentPassword))) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The current password is incorrect', {
        fields: [{ field: 'currentPassword', messages: ['The current password is incorrect'] }],
      });
    }
    account.passwordHash = await this.hasher.hash(request.newPassword);
    await this.dataSource.manager.save(account);
    const revokedSessions = await this.tokens.revokeOtherFamilies(account.id, actor.sessionId);
    return { revokedSessions };
  }

  /** Records that the person is active now (sign-in, session refresh). */
  async touch(account: Account): Promise<void> {
    account.lastActiveAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: account.id }, { lastActiveAt: account.lastActiveAt });
      await DirectoryIndexer.touch(manager, account.id, account.lastActiveAt!);
    });
  }

  private async load(id: string): Promise<Account> {
    const account = await this.dataSource.manager.findOneBy(Account, { id });
    if (!account) throw new DomainError(ErrorCode.NOT_FOUND, 'This account no longer exists');
    // An access token issued before the erasure lives a few more minutes: it must not write anything back.
    if (account.status === AccountStatus.Erased) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account was deleted');
    }
    return account;
  }
}
