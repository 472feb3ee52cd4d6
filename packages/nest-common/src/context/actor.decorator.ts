import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { ErrorCode } from '@passerelle/contracts';
import { DomainError } from '../errors/domain-error.js';
import { contextFromHeaders } from './nats-headers.js';
import type { ActorRef } from './request-context.js';

/** The authenticated actor of an RPC; a handler that asks for it refuses anonymous calls. */
export const Actor = createParamDecorator((_data: unknown, execution: ExecutionContext): ActorRef => {
  const nats = execution.switchToRpc().getContext<NatsContext>();
  const { actor } = contextFromHeaders(nats.getHeaders());
  if (!actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This action needs a signed-in user');
  return actor;
});
