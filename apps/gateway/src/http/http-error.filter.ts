import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorCode, type ErrorEnvelope, type HttpErrorBody } from '@passerelle/contracts';
import {
  DomainError,
  correlationIdFrom,
  currentRequestContext,
  httpStatusFor,
  isExpectedError,
  toErrorEnvelope,
} from '@passerelle/nest-common';

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

// Nest's and Fastify's own wording is English-only and sometimes internal; these replace it.
const MESSAGE_FOR_CODE: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.UNAUTHENTICATED]: 'Please sign in to continue',
  [ErrorCode.FORBIDDEN]: 'You are not allowed to do this',
  [ErrorCode.NOT_FOUND]: 'There is nothing at this address',
  [ErrorCode.PAYLOAD_TOO_LARGE]: 'The request body is too large',
  [ErrorCode.RATE_LIMITED]: 'Too many attempts; please wait a minute and try again',
  [ErrorCode.INTERNAL]: 'An unexpected error occurred',
};

/** Errors raised by Nest or Fastify themselves (unknown route, body too large, throttled…) as envelopes. */
function envelopeForHttpStatus(status: number, message: string): ErrorEnvelope {
  const fallback = status >= 400 && status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL;
  const code = CODE_FOR_STATUS[status] ?? fallback;
  return { code, message: MESSAGE_FOR_CODE[code] ?? message, details: {} };
}

/** Fastify's own errors carry a statusCode (413 body too large, 400 malformed JSON, 415 content type). */
function isFastifyClientError(error: unknown): error is { statusCode: number; message: string } {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

export function toHttpError(error: unknown): { status: number; envelope: ErrorEnvelope } {
  if (error instanceof DomainError || isExpectedError(error)) {
    const envelope = toErrorEnvelope(error);
    return { status: httpStatusFor(envelope.code), envelope };
  }
  if (error instanceof HttpException) {
    const envelope = envelopeForHttpStatus(error.getStatus(), error.message);
    return { status: httpStatusFor(envelope.code), envelope };
  }
  if (isFastifyClientError(error)) {
    const envelope = envelopeForHttpStatus(error.statusCode, error.message);
    return { status: error.statusCode === 415 ? 415 : httpStatusFor(envelope.code), envelope };
  }
  return { status: 500, envelope: toErrorEnvelope(error) };
}

/**
 * Every error answer of the API: `{ error: { code, message, details, correlationId } }`.
 * Unexpected errors are logged with their stack and answered without it.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const { status, envelope } = toHttpError(error);
    if (status >= 500 && envelope.code === ErrorCode.INTERNAL) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    sendError(host.switchToHttp().getResponse<FastifyReply>(), status, envelope);
  }
}

export function sendError(reply: FastifyReply, status: number, envelope: ErrorEnvelope): void {
  const correlationId = currentRequestContext()?.correlationId ?? correlationIdFrom(undefined);
  const body: HttpErrorBody = { error: { ...envelope, correlationId } };
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
}
