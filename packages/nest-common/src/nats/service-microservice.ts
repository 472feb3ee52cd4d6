import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { RpcContextInterceptor } from '../context/rpc-context.interceptor.js';
import { RpcErrorFilter } from '../errors/rpc-error.filter.js';
import { createLogger, NestPinoLogger, type LogLevel } from '../logging/logger.js';
import { createValidationPipe } from '../validation/validation-pipe.js';
import { natsMicroserviceOptions } from './microservice-options.js';

export interface ServiceMicroserviceOptions {
  service: string;
  natsUrl: string;
  logLevel: LogLevel;
}

/**
 * A backend service as every one of them runs: NATS transport in the service's
 * queue group, pino logs, validation of what arrives, the error envelope, the
 * request context, shutdown hooks. Initialised but not listening yet, so the
 * caller can finish its own start (seed, relay) and then `listenOnNats(app)`.
 */
export async function createServiceMicroservice(
  module: DynamicModule,
  options: ServiceMicroserviceOptions,
): Promise<INestMicroservice> {
  const logger = new NestPinoLogger(createLogger(options.service, options.logLevel));
  const app = await NestFactory.createMicroservice(module, {
    ...natsMicroserviceOptions(options.natsUrl, options.service),
    logger,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());
  app.useGlobalInterceptors(new RpcContextInterceptor());
  app.enableShutdownHooks();
  await app.init();
  return app;
}
