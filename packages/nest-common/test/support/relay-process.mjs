// A relay in a process of its own, so a test can kill it with SIGKILL mid-batch.
// It runs the built package (dist/), which `npm test` builds first.
// Usage: node relay-process.mjs <databaseUrl> <schema> <natsUrl> <batchSize>
import { connect } from '@nats-io/transport-node';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { natsConnectionOptions, OutboxMessage, OutboxRelay } from '../../dist/index.js';

const [databaseUrl, schema, natsUrl, batchSize] = process.argv.slice(2);
const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, schema, entities: [OutboxMessage] });
await dataSource.initialize();
const nats = await connect(natsConnectionOptions(natsUrl, 'relay-process'));
const relay = new OutboxRelay({
  dataSource,
  nats,
  logger: pino({ level: 'silent' }),
  batchSize: Number(batchSize),
});
await relay.start();
process.stdout.write('relaying\n');
