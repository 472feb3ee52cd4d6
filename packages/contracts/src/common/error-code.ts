/**
 * Every error that crosses a service boundary carries one of these codes.
 * The gateway maps each to an HTTP status with an exhaustive switch, so a new
 * code that nobody mapped fails the type check.
 */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
  UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** One invalid field: its dotted path and what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}

export interface ErrorDetails {
  fields?: FieldError[];
  [key: string]: unknown;
}

/** The shape of every error on NATS. */
export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

/** The shape of every error body the gateway sends. */
export interface HttpErrorBody {
  error: ErrorEnvelope & { correlationId: string };
}

const errorCodes = new Set<string>(Object.values(ErrorCode));

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === 'string' &&
    errorCodes.has(candidate.code) &&
    typeof candidate.message === 'string'
  );
}
