import type { INestMicroservice } from '@nestjs/common';
import { createServiceMicroservice, listenOnNats } from '@passerelle/nest-common';
import type { MatchingConfig } from './config/matching.config.js';
import { openDatabase } from './database/data-source.js';
import { MatchingModule, SERVICE_NAME } from './matching.module.js';

/**
 * The matching service, listening on NATS once its migrations are applied.
 * Used by main.ts and, in-process, by the tests.
 */
export async function startMatchingService(config: MatchingConfig): Promise<INestMicroservice> {
  const dataSource = await openDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const app = await createServiceMicroservice(MatchingModule.forRoot(config, dataSource), {
    service: SERVICE_NAME,
    natsUrl: config.NATS_URL,
    logLevel: config.LOG_LEVEL,
  });
  await listenOnNats(app);
  return app;
}
