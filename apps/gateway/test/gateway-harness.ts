import type { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { Role } from '@passerelle/contracts';
import { loadConfig } from '@passerelle/nest-common';
import { MatchingConfig, startMatchingService } from '@passerelle/matching';
import { ProfilesConfig, startProfilesService } from '@passerelle/profiles';
import {
  aRegistration,
  createTestDatabase,
  startNatsServer,
  type RegistrationInput,
  type TestDatabase,
  type TestNatsServer,
} from '@passerelle/testing';
import { createGatewayApp } from '../src/app.js';
import { GatewayConfig } from '../src/config/gateway.config.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** The gateway and the backend services, on a private database and NATS server, called without a port. */
export interface GatewayHarness {
  database: TestDatabase;
  nats: TestNatsServer;
  gateway: NestFastifyApplication;
  http(options: InjectOptions): Promise<LightMyRequestResponse>;
  stopProfiles(): Promise<void>;
  startProfiles(): Promise<void>;
  stopMatching(): Promise<void>;
  startMatching(): Promise<void>;
  /** Signs up a new person and returns what a browser would keep: the access token and the refresh cookie. */
  signUp(overrides?: Partial<RegistrationInput>): Promise<SignedIn>;
  /** Signs in again with the password `session` signed up with: a new session, or the refusal to check. */
  signIn(session: SignedIn): Promise<LightMyRequestResponse>;
  /** Signs up, is granted `role` (staff, admin: roles nobody can pick at sign-up), and signs in again. */
  signUpAs(role: Role, overrides?: Partial<RegistrationInput>): Promise<SignedIn>;
  /** Reads or writes the database directly, to check what was (not) stored. */
  sql<T extends object>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface SignedIn {
  registration: RegistrationInput;
  accessToken: string;
  refreshCookie: string;
  accountId: string;
}

/** The Authorization header a browser signed in as `session` sends. */
export function bearer(session: SignedIn): { authorization: string } {
  return { authorization: `Bearer ${session.accessToken}` };
}

/**
 * One harness for the whole test file: started before the first test, stopped after the last.
 * What it returns stands for that harness; use it inside tests and hooks (it throws before the start).
 */
export function useGatewayHarness(env: Record<string, string> = {}): GatewayHarness {
  let started: GatewayHarness | undefined;
  beforeAll(async () => {
    started = await startGatewayHarness(env);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as GatewayHarness, {
    get(_target, key) {
      if (!started)
        throw new Error('The gateway harness starts in beforeAll: use it inside a test or a hook.');
      const value: unknown = Reflect.get(started, key, started);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

export function refreshCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === 'passerelle_refresh')?.value;
}

export async function startGatewayHarness(env: Record<string, string> = {}): Promise<GatewayHarness> {
  const database = await createTestDatabase();
  const nats = await startNatsServer();
  const profilesConfig = loadConfig(ProfilesConfig, {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    LOG_LEVEL: 'silent',
  });
  let profiles: INestMicroservice | undefined = await startProfilesService(profilesConfig);
  // Every service in BACKEND_SERVICES runs, so /ready is green; both share the database, one schema each.
  const matchingConfig = loadConfig(MatchingConfig, {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    LOG_LEVEL: 'silent',
  });
  let matching: INestMicroservice | undefined = await startMatchingService(matchingConfig);
  const gateway = await createGatewayApp(
    loadConfig(GatewayConfig, {
      NATS_URL: nats.url,
      JWT_SECRET: TEST_JWT_SECRET,
      COOKIE_SECURE: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      RPC_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
  const http = (options: InjectOptions) => gateway.inject(options);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const sql = async <T extends object>(query: string, params?: unknown[]): Promise<T[]> =>
    (await pool.query<T>(query, params)).rows;
  return {
    database,
    nats,
    gateway,
    http,
    stopProfiles: async () => {
      await profiles?.close();
      profiles = undefined;
    },
    startProfiles: async () => {
      profiles = await startProfilesService(profilesConfig);
    },
    stopMatching: async () => {
      await matching?.close();
      matching = undefined;
    },
    startMatching: async () => {
      matching = await startMatchingService(matchingConfig);
    },
    signUp: async (overrides = {}) => {
      const registration = aRegistration(overrides);
      const response = await http({ method: 'POST', url: '/api/v1/auth/register', payload: registration });
      if (response.statusCode !== 201)
        throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
      const body = response.json<{ accessToken: string; account: { id: string } }>();
      return {
        registration,
        accessToken: body.accessToken,
        refreshCookie: refreshCookieOf(response) ?? '',
        accountId: body.account.id,
      };
    },
    signIn: (session) =>
      http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: session.registration.email, password: session.registration.password },
      }),
    async signUpAs(this: GatewayHarness, role: Role, overrides: Partial<RegistrationInput> = {}) {
      const session = await this.signUp(overrides);
      await sql('UPDATE profiles.accounts SET role = $1 WHERE id = $2', [role, session.accountId]);
      const login = await this.signIn(session);
      if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
      return { ...session, accessToken: login.json<{ accessToken: string }>().accessToken };
    },
    sql,
    stop: async () => {
      await pool.end();
      await gateway.close();
      await profiles?.close();
      await matching?.close();
      await nats.dispose();
      await database.drop();
    },
  };
}
