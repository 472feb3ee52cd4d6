import type { FastifyInstance } from 'fastify';
import { correlationIdFrom, runInRequestContext } from '@passerelle/nest-common';

export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * Gives every HTTP request a correlation id (the caller's, when sane) and keeps
 * it in async-local storage for the whole request: logs, NATS headers and the
 * error body all carry the same id, and the response header tells the caller.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    void reply.header(CORRELATION_HEADER, correlationId);
    runInRequestContext({ correlationId }, done);
  });
}
