// Outbox relay: how soon a committed event reaches JetStream, and how many
// events per second the relay moves, against publishing the same messages
// straight to JetStream one at a time (what the relay does, minus PostgreSQL).
// Targets: p95 commit → stream < 100 ms; relay ≥ 0.5 × the bare publisher.
import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import {
  ensureEventsStream,
  natsConnectionOptions,
  OutboxMessage,
  OutboxRelay,
  recordEvent,
} from '@passerelle/nest-common';
import { createTestDatabase, startNatsServer, waitUntil } from '@passerelle/testing';
import { pino } from 'pino';
import { DataSource, IsNull } from 'typeorm';

const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200);
const THROUGHPUT_EVENTS = Number(process.env.BENCH_OUTBOX_EVENTS ?? 10_000);
const SUBJECT = 'evt.bench.thing.happened.v1';
const logger = pino({ level: 'silent' });

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Commit → message seen by a subscriber, one event at a time. */
async function measureLatency(dataSource, nats, relayOptions) {
  const relay = new OutboxRelay({ dataSource, nats, logger, ...relayOptions });
  await relay.start();
  const arrived = new Map();
  const subscription = nats.subscribe('evt.bench.>', {
    callback: (_error, message) => arrived.get(message.json().sample)?.(),
  });
  const samples = [];
  for (let sample = 0; sample < LATENCY_SAMPLES; sample += 1) {
    const seen = new Promise((resolve) => arrived.set(sample, resolve));
    await dataSource.transaction((manager) => recordEvent(manager, SUBJECT, { sample }));
    const committed = performance.now();
    await seen;
    samples.push(performance.now() - committed);
    // Commits are spread, as they would be in a service, not back to back.
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
  subscription.unsubscribe();
  await relay.stop();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/** A backlog of events, then how long the relay takes to publish all of it. */
async function measureRelayThroughput(dataSource, nats) {
  for (let first = 0; first < THROUGHPUT_EVENTS; first += 100) {
    await dataSource.transaction(async (manager) => {
      for (let n = first; n < first + 100; n += 1) await recordEvent(manager, SUBJECT, { n });
    });
  }
  const relay = new OutboxRelay({ dataSource, nats, logger });
  const started = performance.now();
  await relay.start();
  const outbox = dataSource.getRepository(OutboxMessage);
  await waitUntil(
    async () => (await outbox.countBy({ publishedAt: IsNull() })) === 0,
    'backlog published',
    600_000,
  );
  const seconds = (performance.now() - started) / 1000;
  await relay.stop();
  return THROUGHPUT_EVENTS / seconds;
}

async function measureBarePublisher(nats) {
  const js = jetstream(nats);
  const started = performance.now();
  for (let n = 0; n < THROUGHPUT_EVENTS; n += 1) {
    await js.publish(SUBJECT, JSON.stringify({ n }), { msgID: randomUUID() });
  }
  return THROUGHPUT_EVENTS / ((performance.now() - started) / 1000);
}

export async function run() {
  const database = await createTestDatabase('passerelle_bench');
  const server = await startNatsServer();
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    schema: 'bench',
    entities: [OutboxMessage],
  });
  const nats = await connect(natsConnectionOptions(server.url, 'bench'));
  try {
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA bench');
    await dataSource.synchronize();
    await ensureEventsStream(await jetstreamManager(nats));

    const notified = await measureLatency(dataSource, nats, { pollIntervalMs: 1_000 });
    const polled = await measureLatency(dataSource, nats, { listen: false, pollIntervalMs: 100 });
    const bare = await measureBarePublisher(nats);
    const relayed = await measureRelayThroughput(dataSource, nats);

    return {
      metrics: {
        'commit → stream p50 ms (LISTEN/NOTIFY)': notified.p50,
        'commit → stream p95 ms (LISTEN/NOTIFY)': notified.p95,
        'commit → stream p99 ms (LISTEN/NOTIFY)': notified.p99,
        'commit → stream p50 ms (poll every 100 ms)': polled.p50,
        'commit → stream p95 ms (poll every 100 ms)': polled.p95,
        'relay events/s (backlog, batches of 100)': relayed,
        'bare JetStream publisher events/s (one at a time)': bare,
        'latency samples': LATENCY_SAMPLES,
        'throughput events': THROUGHPUT_EVENTS,
      },
      ratios: { 'relay / bare publisher (events/s)': relayed / bare },
      targets: [
        { name: 'p95 commit → stream < 100 ms', measured: notified.p95, met: notified.p95 < 100 },
        { name: 'relay ≥ 0.5 × bare publisher', measured: relayed / bare, met: relayed / bare >= 0.5 },
      ],
      notes:
        'One nats-server (file storage) and PostgreSQL on the same 2-core machine. The relay publishes ' +
        'one message at a time (awaiting each acknowledgement) to keep outbox order.',
    };
  } finally {
    await nats.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.dispose();
    await database.drop();
  }
}
