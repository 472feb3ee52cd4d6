import { ErrorCode } from '@passerelle/contracts';
import { assertUnreachable } from './domain-error.js';

/** The HTTP status for each error code; a new code fails the type check until it is mapped here. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
    case ErrorCode.CAPACITY_REACHED:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.INTERNAL:
      return 500;
    case ErrorCode.UPSTREAM_UNAVAILABLE:
      return 503;
    case ErrorCode.UPSTREAM_TIMEOUT:
      return 504;
    default:
      return assertUnreachable(code);
  }
}
