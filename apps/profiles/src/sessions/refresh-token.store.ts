import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashSecret, newRefreshToken, parseRefreshToken, secretMatches } from './refresh-token-secret.js';

export interface IssuedToken {
  token: string;
  familyId: string;
  expiresAt: Date;
}

/** Storage of refresh tokens: issue, rotate once, revoke. Knows nothing of passwords. */
@Injectable()
export class RefreshTokenStore {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROFILES_CONFIG) private readonly config: ProfilesConfig,
  ) {}

  /** A new token, in a new family unless `familyId` continues one. */
  async issue(accountId: string, familyId?: string, manager?: EntityManager): Promise<IssuedToken> {
    const { id, secret, token } = newRefreshToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    const row = (manager ?? this.dataSource.manager).create(RefreshToken, {
      id,
      familyId: familyId ?? id,
      accountId,
      secretHash: hashSecret(secret),
      expiresAt,
    });
    await (manager ?? this.dataSource.manager).insert(RefreshToken, row);
    return { token, familyId: row.familyId, expiresAt };
  }

  /** The stored token this string proves possession of, or null if it proves nothing. */
  async find(token: string): Promise<RefreshToken | null> {
    const parts = parseRefreshToken(token);
    if (!parts) return null;
    const row = await this.dataSource.manager.findOneBy(RefreshToken, { id: parts.id });
    return row && secretMatches(parts.secret, row.secretHash) ? row : null;
  }

  /**
   * Marks the token used, in one conditional UPDATE so two concurrent uses
   * cannot both succeed. False when it was already used, revoked or expired.
   */
  async claim(manager: EntityManager, tokenId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ usedAt: () => 'now()' })
      .where('id = :tokenId AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { tokenId })
      .execute();
    return result.affected === 1;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.manager.update(
      RefreshToken,
      { familyId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }

  /** Ends every session of the account but `keepFamilyId`; returns how many ended. */
  async revokeOtherFamilies(accountId: string, keepFamilyId?: string): Promise<number> {
    const query = this.dataSource.manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .returning(['familyId']);
    if (keepFamilyId) query.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    const { raw } = await query.execute();
    return new Set((raw as { family_id: string }[]).map((row) => row.family_id)).size;
  }
}
