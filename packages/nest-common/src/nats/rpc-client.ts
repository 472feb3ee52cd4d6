import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection, RequestError, TimeoutError } from '@nats-io/transport-node';
import { ErrorCode, isErrorEnvelope } from '@passerelle/contracts';
import { DomainError } from '../errors/domain-error.js';
import { contextToHeaders } from '../context/nats-headers.js';
import type { RequestContext } from '../context/request-context.js';
import { natsConnectionOptions } from './connection-options.js';

export interface RpcClientOptions {
  url: string;
  /** Connection name shown by the NATS server. */
  name: string;
  timeoutMs: number;
}

/** What a Nest NATS server replies: either `response` or `err` (our error envelope). */
interface NestReplyPacket {
  id?: string;
  response?: unknown;
  err?: unknown;
}

/**
 * Request-reply to services in the wire format of Nest's NATS transport.
 *
 * We do not use Nest's ClientNats here: it publishes to a private inbox and so
 * cannot tell "nobody is listening" from "slow". NATS's own request() gets the
 * server's no-responders status at once, which is how a stopped service becomes
 * a 503 immediately instead of a 504 after the timeout.
 */
export class NatsRpcClient {
  private connection?: NatsConnection;
  private connected = false;

  constructor(private readonly options: RpcClientOptions) {}

  async connect(): Promise<void> {
    const connection = await connect(natsConnectionOptions(this.options.url, this.options.name));
    this.connection = connection;
    this.connected = true;
    void this.followStatus(connection);
  }

  isConnected(): boolean {
    return this.connected;
  }

  async request<TReply>(
    subject: string,
    payload: object,
    context: RequestContext,
    timeoutMs?: number,
  ): Promise<TReply> {
    const connection = this.connection;
    if (!connection || !this.connected) {
      throw new DomainError(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        'The message bus is not reachable; try again shortly',
      );
    }
    const packet = JSON.stringify({ pattern: subject, data: payload, id: randomUUID() });
    let reply: NestReplyPacket;
    try {
      const message = await connection.request(subject, packet, {
        timeout: timeoutMs ?? this.options.timeoutMs,
        headers: contextToHeaders(context),
      });
      reply = message.json<NestReplyPacket>();
    } catch (error) {
      throw toUpstreamError(error, subject);
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (isErrorEnvelope(reply.err)) throw DomainError.fromEnvelope(reply.err);
      throw new DomainError(ErrorCode.INTERNAL, 'An unexpected error occurred');
    }
    return reply.response as TReply;
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.connected = false;
    if (connection && !connection.isClosed()) await connection.drain();
  }

  private async followStatus(connection: NatsConnection): Promise<void> {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') this.connected = false;
      if (status.type === 'reconnect') this.connected = true;
    }
    this.connected = false;
  }
}

function serviceOf(subject: string): string {
  return subject.split('.')[1] ?? subject;
}

function toUpstreamError(error: unknown, subject: string): DomainError {
  const service = serviceOf(subject);
  if (error instanceof RequestError && error.isNoResponders()) {
    return new DomainError(
      ErrorCode.UPSTREAM_UNAVAILABLE,
      `The ${service} service is not available right now`,
      {
        service,
      },
    );
  }
  if (
    error instanceof TimeoutError ||
    (error instanceof RequestError && error.cause instanceof TimeoutError)
  ) {
    return new DomainError(ErrorCode.UPSTREAM_TIMEOUT, `The ${service} service did not answer in time`, {
      service,
    });
  }
  return new DomainError(ErrorCode.UPSTREAM_UNAVAILABLE, `The ${service} service could not be reached`, {
    service,
  });
}
