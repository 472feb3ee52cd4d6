import { headers as createHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { Role } from '@passerelle/contracts';
import type { ActorRef, RequestContext } from './request-context.js';
import { correlationIdFrom } from './request-context.js';

/** NATS header names that carry the request context from the gateway to services. */
export const HEADER = {
  correlationId: 'x-correlation-id',
  actorId: 'x-actor-id',
  actorRole: 'x-actor-role',
  actorSession: 'x-actor-session',
} as const;

const roles = new Set<string>(Object.values(Role));

export function contextToHeaders(context: RequestContext): MsgHdrs {
  const headers = createHeaders();
  headers.set(HEADER.correlationId, context.correlationId);
  if (context.actor) {
    headers.set(HEADER.actorId, context.actor.userId);
    headers.set(HEADER.actorRole, context.actor.role);
    if (context.actor.sessionId) headers.set(HEADER.actorSession, context.actor.sessionId);
  }
  return headers;
}

export function contextFromHeaders(headers: MsgHdrs | undefined): RequestContext {
  const read = (name: string): string | undefined => headers?.get(name) || undefined;
  const userId = read(HEADER.actorId);
  const role = read(HEADER.actorRole);
  const actor: ActorRef | undefined =
    userId && role && roles.has(role)
      ? { userId, role: role as Role, sessionId: read(HEADER.actorSession) }
      : undefined;
  return { correlationId: correlationIdFrom(read(HEADER.correlationId)), actor };
}
