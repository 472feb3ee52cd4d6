import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Role } from '@passerelle/contracts';

/** Who is asking: set by the gateway from the access token, trusted by services. */
export interface ActorRef {
  userId: string;
  role: Role;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId?: string;
}

export interface RequestContext {
  correlationId: string;
  actor?: ActorRef;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with the context visible to everything it calls, logs included. */
export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

/** Keeps a caller's correlation id when it is sane, otherwise starts a new one. */
export function correlationIdFrom(candidate: unknown): string {
  return typeof candidate === 'string' && CORRELATION_ID_PATTERN.test(candidate) ? candidate : randomUUID();
}
