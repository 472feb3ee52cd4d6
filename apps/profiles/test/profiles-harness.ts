import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { loadConfig, NatsRpcClient, type ActorRef, type DomainError } from '@passerelle/nest-common';
import {
  createTestDatabase,
  startNatsServer,
  type TestDatabase,
  type TestNatsServer,
} from '@passerelle/testing';
import { startProfilesService } from '../src/app.js';
import { ProfilesConfig } from '../src/config/profiles.config.js';

/** A profiles service on its own database and NATS server, and a client to call it as the gateway would. */
export interface ProfilesHarness {
  database: TestDatabase;
  nats: TestNatsServer;
  service: INestMicroservice;
  client: NatsRpcClient;
  call<T>(subject: string, payload: object, actor?: ActorRef): Promise<T>;
  /** Reads the service's tables directly, to check what was (not) stored. */
  sql<T extends object>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * One harness for the whole test file: started before the first test, stopped after the last.
 * What it returns stands for that harness; use it inside tests and hooks (it throws before the start).
 */
export function useProfilesHarness(env: Record<string, string> = {}): ProfilesHarness {
  let started: ProfilesHarness | undefined;
  beforeAll(async () => {
    started = await startProfilesHarness(env);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as ProfilesHarness, {
    get(_target, key) {
      if (!started)
        throw new Error('The profiles harness starts in beforeAll: use it inside a test or a hook.');
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

export async function startProfilesHarness(env: Record<string, string> = {}): Promise<ProfilesHarness> {
  const database = await createTestDatabase();
  const nats = await startNatsServer();
  const config = loadConfig(ProfilesConfig, {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = await startProfilesService(config);
  const client = new NatsRpcClient({ url: nats.url, name: 'profiles-test', timeoutMs: 5_000 });
  await client.connect();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  let sequence = 0;
  return {
    database,
    nats,
    service,
    client,
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
