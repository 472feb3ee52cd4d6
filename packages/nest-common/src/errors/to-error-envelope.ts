import { ErrorCode, isErrorEnvelope, type ErrorEnvelope } from '@passerelle/contracts';
import { DomainError } from './domain-error.js';

export const INTERNAL_ERROR_MESSAGE = 'An unexpected error occurred';

/**
 * Any thrown value as the wire envelope. Only DomainErrors (and envelopes
 * relayed from another service) keep their message: anything else may hold
 * internals, so it becomes a bare INTERNAL error and is logged by the caller.
 */
export function toErrorEnvelope(error: unknown): ErrorEnvelope {
  if (error instanceof DomainError) return error.toEnvelope();
  if (isErrorEnvelope(error))
    return { code: error.code, message: error.message, details: error.details ?? {} };
  return { code: ErrorCode.INTERNAL, message: INTERNAL_ERROR_MESSAGE, details: {} };
}

export function isExpectedError(error: unknown): boolean {
  return error instanceof DomainError || isErrorEnvelope(error);
}
