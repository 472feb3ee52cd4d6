import { ErrorCode } from '@passerelle/contracts';
import { DomainError } from './domain-error.js';
import { httpStatusFor } from './http-status.js';
import { INTERNAL_ERROR_MESSAGE, toErrorEnvelope } from './to-error-envelope.js';

describe('error envelope', () => {
  it('keeps the code, message and details of a domain error', () => {
    const error = new DomainError(ErrorCode.CONFLICT, 'An account already uses this email', {
      field: 'email',
    });
    expect(toErrorEnvelope(error)).toEqual({
      code: ErrorCode.CONFLICT,
      message: 'An account already uses this email',
      details: { field: 'email' },
    });
  });

  it('hides the message of an unexpected error', () => {
    const envelope = toErrorEnvelope(new Error('relation "profiles.accounts" does not exist'));
    expect(envelope).toEqual({ code: ErrorCode.INTERNAL, message: INTERNAL_ERROR_MESSAGE, details: {} });
  });

  it('relays an envelope received from another service', () => {
    const relayed = { code: ErrorCode.NOT_FOUND, message: 'No such account', details: {} };
    expect(toErrorEnvelope(relayed)).toEqual(relayed);
  });

  it.each([
    [ErrorCode.VALIDATION_FAILED, 400],
    [ErrorCode.UNAUTHENTICATED, 401],
    [ErrorCode.FORBIDDEN, 403],
    [ErrorCode.CONFLICT, 409],
    [ErrorCode.PAYLOAD_TOO_LARGE, 413],
    [ErrorCode.RATE_LIMITED, 429],
    [ErrorCode.UPSTREAM_UNAVAILABLE, 503],
    [ErrorCode.UPSTREAM_TIMEOUT, 504],
  ])('maps %s to HTTP %i', (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
  });

  it('maps every code to a status', () => {
    for (const code of Object.values(ErrorCode)) expect(httpStatusFor(code)).toBeGreaterThanOrEqual(400);
  });
});
