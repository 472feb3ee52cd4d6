import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { pingSubject, type BackendService } from '@passerelle/contracts';
import {
  currentRequestContext,
  NatsRpcClient,
  correlationIdFrom,
  type ActorRef,
} from '@passerelle/nest-common';
import type { GatewayConfig } from '../config/gateway.config.js';
import { GATEWAY_CONFIG } from '../tokens.js';

const PING_TIMEOUT_MS = 1_000;

/** The gateway's one way to reach services: NATS request-reply with the request's correlation id. */
@Injectable()
export class ServicesClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: NatsRpcClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.client = new NatsRpcClient({
      url: config.NATS_URL,
      name: 'gateway',
      timeoutMs: config.RPC_TIMEOUT_MS,
    });
  }

  onModuleInit(): Promise<void> {
    return this.client.connect();
  }

  onApplicationShutdown(): Promise<void> {
    return this.client.close();
  }

  /** `timeoutMs` overrides RPC_TIMEOUT_MS for the few calls known to take longer (bulk imports). */
  call<TReply>(subject: string, payload: object, actor?: ActorRef, timeoutMs?: number): Promise<TReply> {
    const correlationId = currentRequestContext()?.correlationId ?? correlationIdFrom(undefined);
    return this.client.request<TReply>(subject, payload, { correlationId, actor }, timeoutMs);
  }

  isConnected(): boolean {
    return this.client.isConnected();
  }

  /** Whether the service answers its ping within a second. */
  async ping(service: BackendService): Promise<boolean> {
    const correlationId = currentRequestContext()?.correlationId ?? correlationIdFrom(undefined);
    return this.client
      .request(pingSubject(service), {}, { correlationId }, PING_TIMEOUT_MS)
      .then(() => true)
      .catch(() => false);
  }
}
