/**
 * Rebuilds the members read model from profiles (see rebuildReadModel), with
 * the service's own settings (DATABASE_URL, NATS_URL):
 *   npm run rebuild-read-model -w @passerelle/matching
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { LIST_MATCHING_FACTS } from '@passerelle/contracts';
import { ConfigError, loadConfig, NatsRpcClient } from '@passerelle/nest-common';
import { MatchingConfig } from '../config/matching.config.js';
import { openDatabase } from '../database/data-source.js';
import { rebuildReadModel } from './rebuild-read-model.js';

/** A page of 500 members takes profiles a few seconds to read. */
const PAGE_TIMEOUT_MS = 60_000;

async function main(): Promise<void> {
  const config = loadConfig(MatchingConfig);
  const dataSource = await openDatabase(config.DATABASE_URL, 2);
  const profiles = new NatsRpcClient({
    url: config.NATS_URL,
    name: 'matching-rebuild-read-model',
    timeoutMs: PAGE_TIMEOUT_MS,
  });
  await profiles.connect();
  const correlationId = `rebuild-read-model-${randomUUID()}`;
  try {
    const report = await rebuildReadModel(
      dataSource,
      (request) => profiles.request(LIST_MATCHING_FACTS, request, { correlationId }),
      { onPage: (listed) => console.log(`matching: ${listed} members read from profiles`) },
    );
    console.log(
      `matching: read model rebuilt: ${report.listed} members listed, ${report.changed} rows updated, ` +
        `${report.erased} no longer in profiles erased`,
    );
  } finally {
    await profiles.close();
    await dataSource.destroy();
  }
}

try {
  await main();
} catch (error) {
  console.error(
    error instanceof ConfigError
      ? `matching: ${error.message}`
      : 'matching: could not rebuild the read model:',
    error instanceof ConfigError ? '' : error,
  );
  process.exit(1);
}
