import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import type { NestMicroservice } from '@nestjs/microservices/nest-microservice.js';
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
  // NestMicroservice.init() (microservices 12.1) runs the init and bootstrap
  // hooks through core's init() (12.5), then again in registerModules(),
  // which only skips them when told they ran: twice, every onModuleInit would
  // open a second connection and every onApplicationBootstrap start a second
  // timer, neither ever closed (a test process that never exits). Nest's own
  // hybrid applications mark them the same way.
  (app as NestMicroservice).setIsInitHookCalled(true);
  await app.init();
  return app;
}
