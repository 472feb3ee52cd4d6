import { Role } from '@passerelle/contracts';
import { HEADER, contextFromHeaders, contextToHeaders } from './nats-headers.js';

describe('request context in NATS headers', () => {
  it('carries the correlation id and actor across', () => {
    const context = {
      correlationId: 'corr-1234567',
      actor: { userId: '5b1c7c1e-2f0a-4d7e-9a61-1b5d0f3c9e11', role: Role.Alumnus, sessionId: 'session-1' },
    };
    expect(contextFromHeaders(contextToHeaders(context))).toEqual(context);
  });

  it('ignores an actor with an unknown role', () => {
    const headers = contextToHeaders({ correlationId: 'corr-1234567' });
    headers.set(HEADER.actorId, 'someone');
    headers.set(HEADER.actorRole, 'superuser');
    expect(contextFromHeaders(headers).actor).toBeUndefined();
  });

  it('starts a new correlation id when none or a malformed one arrives', () => {
    const headers = contextToHeaders({ correlationId: 'corr-1234567' });
    headers.set(HEADER.correlationId, 'bad id with spaces');
    expect(contextFromHeaders(headers).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(contextFromHeaders(undefined).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
