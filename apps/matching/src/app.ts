import type { INestMicroservice } from '@nestjs/common';
import { createServiceMicroservice, listenOnNats, OutboxRelayRunner } from '@passerelle/nest-common';
import type { MatchingConfig } from './config/matching.config.js';
import { openDatabase } from './database/data-source.js';
import { ReadModelConsumer } from './members/read-model-consumer.js';
import { MatchingModule, SERVICE_NAME } from './matching.module.js';
import { SuggestionIndex } from './suggestions/suggestion-index.js';
import { ensureDefaultProgrammes } from './programmes/default-programmes.js';

/**
 * The matching service, listening on NATS once its migrations are applied,
 * the default programmes exist, its outbox relay runs and the members read
 * model follows the profiles events.
 * Used by main.ts and, in-process, by the tests.
 */
export async function startMatchingService(config: MatchingConfig): Promise<INestMicroservice> {
  const dataSource = await openDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  await ensureDefaultProgrammes(dataSource, {
    requestExpiryDays: config.REQUEST_EXPIRY_DAYS,
    stalledAfterDays: config.STALLED_AFTER_DAYS,
  });
  const app = await createServiceMicroservice(MatchingModule.forRoot(config, dataSource), {
    service: SERVICE_NAME,
    natsUrl: config.NATS_URL,
    logLevel: config.LOG_LEVEL,
  });
  await app.get(OutboxRelayRunner).start();
  await app.get(ReadModelConsumer).start();
  // Loads in the background; the first suggestion lists wait for it.
  app.get(SuggestionIndex).start();
  await listenOnNats(app);
  return app;
}
