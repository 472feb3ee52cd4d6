import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { loadConfig, NatsRpcClient, type ActorRef, type DomainError } from '@passerelle/nest-common';
import { ProfilesConfig, startProfilesService } from '@passerelle/profiles';
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
  /** The real profiles service on the same database and NATS server, when asked for (charter, goals). */
  profiles?: INestMicroservice;
  call<T>(subject: string, payload: object, actor?: ActorRef): Promise<T>;
  /** Reads the service's tables directly, to check what was (not) stored. */
  sql<T extends object>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface MatchingHarnessOptions {
  /** Start profiles too: requests and mentorships ask it about the charter and goals. */
  withProfiles?: boolean;
}

/**
 * One harness for the whole test file: started before the first test, stopped after the last.
 * What it returns stands for that harness; use it inside tests and hooks (it throws before the start).
 */
export function useMatchingHarness(
  env: Record<string, string> = {},
  options: MatchingHarnessOptions = {},
): MatchingHarness {
  let started: MatchingHarness | undefined;
  beforeAll(async () => {
    started = await startMatchingHarness(env, options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as MatchingHarness, {
    get(_target, key) {
      if (!started)
        throw new Error('The matching harness starts in beforeAll: use it inside a test or a hook.');
      const value: unknown = Reflect.get(started, key, started);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** The error a call that must fail rejected with; the test fails if the call succeeds. */
export const failure = (promise: Promise<unknown>): Promise<DomainError> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: DomainError) => error,
  );

export async function startMatchingHarness(
  env: Record<string, string> = {},
  options: MatchingHarnessOptions = {},
): Promise<MatchingHarness> {
  const database = await createTestDatabase();
  const nats = await startNatsServer();
  const profiles = options.withProfiles
    ? await startProfilesService(
        loadConfig(ProfilesConfig, { DATABASE_URL: database.url, NATS_URL: nats.url, LOG_LEVEL: 'silent' }),
      )
    : undefined;
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
    profiles,
    call: (subject, payload, actor) => {
      sequence += 1;
      return client.request(subject, payload, { correlationId: `test-call-${sequence}`, actor });
    },
    sql: async (query, params) => (await pool.query(query, params)).rows,
    stop: async () => {
      await pool.end();
      await client.close();
      await service.close();
      await profiles?.close();
      await nats.dispose();
      await database.drop();
    },
  };
}
