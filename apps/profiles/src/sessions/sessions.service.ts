import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccountStatus,
  ErrorCode,
  type EndSessionReply,
  type SessionGrant,
  type StartSessionRequest,
} from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { toAccountView } from '../accounts/account-view.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { DATA_SOURCE } from '../tokens.js';
import { RefreshTokenStore, type IssuedToken } from './refresh-token.store.js';

const SESSION_ENDED = 'Your session has ended; please sign in again';

@Injectable()
export class SessionsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly tokens: RefreshTokenStore,
  ) {}

  /** Sign-in: checks the credentials and opens a new session. */
  async start(request: StartSessionRequest): Promise<SessionGrant> {
    const account = await this.accounts.verifyCredentials(request.email, request.password);
    const issued = await this.tokens.issue(account.id);
    await this.accounts.touch(account);
    return grant(account, issued);
  }

  /**
   * Trades a refresh token for a new one of the same session. A token that was
   * already used, or has expired, ends the whole session: if it was stolen,
   * neither the thief nor the owner can go on with it.
   */
  async refresh(refreshToken: string): Promise<SessionGrant> {
    const presented = await this.tokens.find(refreshToken);
    if (!presented) throw new DomainError(ErrorCode.UNAUTHENTICATED, SESSION_ENDED);
    const issued = await this.dataSource.transaction(async (manager) => {
      if (!(await this.tokens.claim(manager, presented.id))) return null;
      const account = await manager.findOneBy(Account, { id: presented.accountId });
      if (!account || account.status !== AccountStatus.Active) return null;
      return { account, token: await this.tokens.issue(account.id, presented.familyId, manager) };
    });
    if (!issued) {
      await this.tokens.revokeFamily(presented.familyId);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, SESSION_ENDED);
    }
    await this.accounts.touch(issued.account);
    return grant(issued.account, issued.token);
  }

  /** Sign-out: ends the session the token belongs to. Unknown tokens end nothing. */
  async end(refreshToken: string): Promise<EndSessionReply> {
    const presented = await this.tokens.find(refreshToken);
    if (!presented) return { ended: false };
    await this.tokens.revokeFamily(presented.familyId);
    return { ended: true };
  }
}

function grant(account: Account, issued: IssuedToken): SessionGrant {
  return {
    account: toAccountView(account),
    sessionId: issued.familyId,
    refreshToken: issued.token,
    refreshExpiresAt: issued.expiresAt.toISOString(),
  };
}
