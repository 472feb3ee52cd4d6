import { Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import type { ErrorEnvelope } from '@passerelle/contracts';
import { isExpectedError, toErrorEnvelope } from './to-error-envelope.js';

/**
 * Turns whatever a message handler throws into the `{ code, message, details }`
 * envelope. Without it Nest would answer "Internal server error" for anything
 * that is not an RpcException and the caller would lose the code.
 */
@Catch()
export class RpcErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(error: unknown): Observable<ErrorEnvelope> {
    if (!isExpectedError(error)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    const envelope = toErrorEnvelope(error);
    return throwError(() => envelope);
  }
}
