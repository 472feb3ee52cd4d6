import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  CHARTER_ACCEPTANCE_MAX_ACCOUNTS,
  GET_CHARTER_ACCEPTANCE,
  type CharterAcceptanceStatusReply,
} from '@passerelle/contracts';
import { correlationIdFrom, currentRequestContext, NatsRpcClient } from '@passerelle/nest-common';
import type { MatchingConfig } from '../config/matching.config.js';
import { MATCHING_CONFIG } from '../tokens.js';

/**
 * Matching's calls to profiles: only facts that cannot wait for an event
 * (whether someone accepted the current charter right now). Calls carry the
 * correlation id of the request being served, and no actor: profiles answers
 * these to services.
 */
@Injectable()
export class ProfilesClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: NatsRpcClient;

  constructor(@Inject(MATCHING_CONFIG) config: MatchingConfig) {
    this.client = new NatsRpcClient({
      url: config.NATS_URL,
      name: 'matching-to-profiles',
      timeoutMs: config.PROFILES_RPC_TIMEOUT_MS,
    });
  }

  onModuleInit(): Promise<void> {
    return this.client.connect();
  }

  onApplicationShutdown(): Promise<void> {
    return this.client.close();
  }

  /** Of these accounts, the ones who have not accepted the charter version current now. */
  async withoutCurrentCharter(accountIds: readonly string[]): Promise<Set<string>> {
    const missing = new Set<string>();
    for (let start = 0; start < accountIds.length; start += CHARTER_ACCEPTANCE_MAX_ACCOUNTS) {
      const batch = accountIds.slice(start, start + CHARTER_ACCEPTANCE_MAX_ACCOUNTS);
      const reply = await this.call<CharterAcceptanceStatusReply>(GET_CHARTER_ACCEPTANCE, {
        accountIds: batch,
      });
      for (const item of reply.items) if (!item.acceptedCurrent) missing.add(item.accountId);
    }
    return missing;
  }

  private call<T>(subject: string, payload: object): Promise<T> {
    const correlationId = currentRequestContext()?.correlationId ?? correlationIdFrom(undefined);
    return this.client.request<T>(subject, payload, { correlationId });
  }
}
