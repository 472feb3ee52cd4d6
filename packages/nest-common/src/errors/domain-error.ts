import { ErrorCode, type ErrorDetails, type ErrorEnvelope } from '@passerelle/contracts';

/**
 * The one error type services throw on purpose. Its code says what went wrong
 * in terms a caller can act on; the gateway turns it into an HTTP status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static fromEnvelope(envelope: ErrorEnvelope): DomainError {
    return new DomainError(envelope.code, envelope.message, envelope.details ?? {});
  }

  toEnvelope(): ErrorEnvelope {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
