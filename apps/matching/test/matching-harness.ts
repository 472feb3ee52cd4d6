import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { loadConfig, NatsRpcClient, type ActorRef } from '@passerelle/nest-common';
import {
  createTestDatabase,
  startNatsServer,
  type TestDatabase,
  type TestNatsServer,
} from '@passerelle/testing';
import { startMatchingService } from '../src/app.js';
import { MatchingConfig } from '../src/config/matching.config.js';

/** A matching service on its own database and NATS server, and a client to call it as the gateway would. */
export interface MatchingHarness {
  database: TestDatabase;
  nats: TestNatsServer;
  service: INestMicroservice;
  call<T>(subject: string, payload: object, actor?: ActorRef): Promise<T>;
  /** Reads the service's tables directly, to check what was (not) stored. */
  sql<T extends object>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startMatchingHarness(env: Record<string, string> = {}): Promise<MatchingHarness> {
  const database = await createTestDatabase();
  const nats = await startNatsServer();
  const config = loadConfig(MatchingConfig, {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = await startMatchingService(config);
  const client = new NatsRpcClient({ url: nats.url, name: 'matching-test', timeoutMs: 5_000 });
  await client.connect();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  let sequence = 0;
  return {
    database,
    nats,
    service,
    call: (subject, payload, actor) => {
      sequence += 1;
      return client.request(subject, payload, { correlationId: `test-call-${sequence}`, actor });
    },
    sql: async (query, params) => (await pool.query(query, params)).rows,
    stop: async () => {
      await pool.end();
      await client.close();
      await service.close();
      await nats.dispose();
      await database.drop();
    },
  };
}
