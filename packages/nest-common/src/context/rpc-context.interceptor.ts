import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { contextFromHeaders } from './nats-headers.js';
import { runInRequestContext } from './request-context.js';

/**
 * Reads the correlation id and actor from the NATS headers and keeps them in
 * async-local storage while the handler runs, so logs and `@Actor()` see them.
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const nats = execution.switchToRpc().getContext<NatsContext>();
    const context = contextFromHeaders(nats.getHeaders());
    // The handler runs when the observable is subscribed, so the context must wrap the subscription.
    return new Observable((subscriber) =>
      runInRequestContext(context, () => next.handle().subscribe(subscriber)),
    );
  }
}
