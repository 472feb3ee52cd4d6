import { NestFactory } from '@nestjs/core';
import type { INestMicroservice } from '@nestjs/common';
import {
  createLogger,
  createValidationPipe,
  listenOnNats,
  NestPinoLogger,
  OutboxRelayRunner,
  natsMicroserviceOptions,
  RpcContextInterceptor,
  RpcErrorFilter,
} from '@passerelle/nest-common';
import type { ProfilesConfig } from './config/profiles.config.js';
import { openDatabase } from './database/data-source.js';
import { ProfilesModule, SERVICE_NAME } from './profiles.module.js';
import { Seeder } from './seed/seeder.js';

/**
 * The profiles service, listening on NATS: migrations applied, the outbox
 * relay running and seed accounts in place before the first request is taken. Used by main.ts and,
 * in-process, by the tests.
 */
export async function startProfilesService(config: ProfilesConfig): Promise<INestMicroservice> {
  const logger = new NestPinoLogger(createLogger(SERVICE_NAME, config.LOG_LEVEL));
  const dataSource = await openDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const app = await NestFactory.createMicroservice(ProfilesModule.forRoot(config, dataSource), {
    ...natsMicroserviceOptions(config.NATS_URL, SERVICE_NAME),
    logger,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());
  app.useGlobalInterceptors(new RpcContextInterceptor());
  app.enableShutdownHooks();
  await app.init();
  await app.get(OutboxRelayRunner).start();
  await app.get(Seeder).run();
  await listenOnNats(app);
  return app;
}
