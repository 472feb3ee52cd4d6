import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountStatus, ErrorCode, PROFILE_UPDATED } from '@passerelle/contracts';
import { DomainError, recordEvent } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { DirectoryIndexer } from '../directory/directory-indexer.js';
import { DATA_SOURCE } from '../tokens.js';
import { toProfileUpdatedEvent, type ProfileSnapshot } from './profile-snapshot.js';
import { ProfileStore } from './profile-store.js';

/**
 * The one way profile data changes: in a transaction holding the account's row
 * lock (two saves of one profile apply one after the other), followed by the
 * profile.updated event and the directory document in the same transaction, so
 * the event and the directory change if and only if the profile does.
 */
@Injectable()
export class ProfileWriter {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly store: ProfileStore,
  ) {}

  write(
    accountId: string,
    change: (manager: EntityManager, account: Account) => Promise<void>,
  ): Promise<ProfileSnapshot> {
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(Account, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      // An erased account keeps its row but must get no profile back (from an access token still valid for minutes).
      if (!account || account.status === AccountStatus.Erased) {
        throw new DomainError(ErrorCode.NOT_FOUND, 'No profile has this id');
      }
      await change(manager, account);
      await DirectoryIndexer.refresh(manager, accountId);
      const snapshot = await this.store.load(manager, accountId);
      if (!snapshot) throw new Error(`Profile ${accountId} vanished inside its own transaction`);
      await recordEvent(manager, PROFILE_UPDATED, toProfileUpdatedEvent(snapshot));
      return snapshot;
    });
  }
}
