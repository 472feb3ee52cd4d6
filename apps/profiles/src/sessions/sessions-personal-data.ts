import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RefreshToken } from './refresh-token.entity.js';

/** One sign-in as the person sees it in their export (never the token hashes). */
export interface ExportedSession {
  sessionId: string;
  startedAt: string;
  lastRefreshedAt: string;
  expiresAt: string;
  endedAt: string | null;
}

/** Sessions (refresh-token families): when the person signed in and until when. */
@Injectable()
export class SessionsPersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'sessions';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, accountId: string): Promise<ExportedSession[]> {
    const rows = await manager
      .createQueryBuilder(RefreshToken, 'token')
      .select('token.family_id', 'sessionId')
      .addSelect('min(token.created_at)', 'startedAt')
      .addSelect('max(token.created_at)', 'lastRefreshedAt')
      .addSelect('max(token.expires_at)', 'expiresAt')
      .addSelect('max(token.revoked_at)', 'endedAt')
      .where('token.account_id = :accountId', { accountId })
      .groupBy('token.family_id')
      .orderBy('"startedAt"', 'ASC')
      .getRawMany<{
        sessionId: string;
        startedAt: Date;
        lastRefreshedAt: Date;
        expiresAt: Date;
        endedAt: Date | null;
      }>();
    return rows.map((row) => ({
      sessionId: row.sessionId,
      startedAt: row.startedAt.toISOString(),
      lastRefreshedAt: row.lastRefreshedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
    }));
  }

  /**
   * Deleting the tokens both ends every session (a refresh finds no token) and
   * leaves no trace of when the person signed in.
   */
  async erase(manager: EntityManager, accountId: string): Promise<void> {
    await manager.delete(RefreshToken, { accountId });
  }
}
