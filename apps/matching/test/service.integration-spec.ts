import { ConfigError, loadConfig } from '@passerelle/nest-common';
import { pingSubject, type PingReply } from '@passerelle/contracts';
import type { DataSource } from 'typeorm';
import { MatchingConfig } from '../src/config/matching.config.js';
import { migrations } from '../src/database/migrations/index.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { startMatchingHarness, type MatchingHarness } from './matching-harness.js';

describe('matching service', () => {
  let harness: MatchingHarness;

  beforeAll(async () => {
    harness = await startMatchingHarness();
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('answers its readiness ping over NATS', async () => {
    const reply = await harness.call<PingReply>(pingSubject('matching'), {});
    expect(reply.service).toBe('matching');
    expect(Number.isNaN(Date.parse(reply.at))).toBe(false);
  });

  it('has applied its migrations in its own schema before answering', async () => {
    const applied = await harness.sql<{ name: string }>('SELECT name FROM matching.migrations');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('starts with the classic and the reverse mentoring programmes, once', async () => {
    const programmes = await harness.sql<{ code: string; mode: string; request_expiry_days: number }>(
      'SELECT code, mode, request_expiry_days FROM matching.programmes ORDER BY code',
    );
    expect(programmes).toEqual([
      { code: 'mentorat', mode: 'classic', request_expiry_days: 7 },
      { code: 'mentorat-inverse', mode: 'reverse', request_expiry_days: 7 },
    ]);
  });

  it('refuses to start with a clear message when the configuration is wrong', () => {
    expect(() => loadConfig(MatchingConfig, { NATS_URL: 'nats://127.0.0.1:4222' })).toThrow(ConfigError);
    expect(() =>
      loadConfig(MatchingConfig, { DATABASE_URL: 'mysql://x', NATS_URL: 'nats://127.0.0.1:4222' }),
    ).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });
});

describe('matching service shutdown', () => {
  it('closes its database pool when it stops', async () => {
    const harness = await startMatchingHarness();
    const dataSource = harness.service.get<DataSource>(DATA_SOURCE);
    expect(dataSource.isInitialized).toBe(true);
    await harness.stop();
    expect(dataSource.isInitialized).toBe(false);
  });
});
