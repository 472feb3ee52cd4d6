import type { INestMicroservice } from '@nestjs/common';
import { createServiceMicroservice, listenOnNats, OutboxRelayRunner } from '@passerelle/nest-common';
import type { ProfilesConfig } from './config/profiles.config.js';
import { openDatabase } from './database/data-source.js';
import { ProfilesModule, SERVICE_NAME } from './profiles.module.js';
import { MatchingEventsConsumer } from './mentoring/matching-events-consumer.js';
import { Seeder } from './seed/seeder.js';

/**
 * The profiles service, listening on NATS: migrations applied, the outbox
 * relay running, seed accounts in place and the matching events followed
 * before the first request is taken. Used by main.ts and, in-process, by the
 * tests.
 */
export async function startProfilesService(config: ProfilesConfig): Promise<INestMicroservice> {
  const dataSource = await openDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const app = await createServiceMicroservice(ProfilesModule.forRoot(config, dataSource), {
    service: SERVICE_NAME,
    natsUrl: config.NATS_URL,
    logLevel: config.LOG_LEVEL,
  });
  await app.get(OutboxRelayRunner).start();
  await app.get(Seeder).run();
  await app.get(MatchingEventsConsumer).start();
  await listenOnNats(app);
  return app;
}
