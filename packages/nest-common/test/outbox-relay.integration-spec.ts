import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitUntil } from '@passerelle/testing';
import { IsNull, Not, type DataSource } from 'typeorm';
import { OutboxMessage } from '../src/outbox/outbox-message.entity.js';
import { OutboxRelay, type OutboxRelayOptions } from '../src/outbox/outbox-relay.js';
import { recordEvent } from '../src/outbox/record-event.js';
import { EventBusFixture, TEST_SCHEMA } from './support/event-bus-fixture.js';

const HAPPENED = 'evt.test.thing.happened.v1';

describe('outbox relay', () => {
  let bus: EventBusFixture;
  let dataSource: DataSource;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    bus = await EventBusFixture.start([OutboxMessage]);
    dataSource = await bus.openDataSource();
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await bus.reset(['outbox']);
  });

  afterAll(async () => {
    await bus.dispose();
  });

  async function startRelay(options: Partial<OutboxRelayOptions> = {}): Promise<OutboxRelay> {
    const relay = new OutboxRelay({
      dataSource: options.dataSource ?? (await bus.openDataSource()),
      nats: await bus.connectNats('relay'),
      logger: bus.logger,
      backoff: { initialMs: 50, maxMs: 500 },
      ...options,
    });
    await relay.start();
    relays.push(relay);
    return relay;
  }

  /** Records `count` events, `perTransaction` at a time, as a service's business transactions would. */
  async function recordEvents(count: number, perTransaction = 1): Promise<void> {
    for (let first = 0; first < count; first += perTransaction) {
      await dataSource.transaction(async (manager) => {
        for (let n = first; n < Math.min(count, first + perTransaction); n += 1) {
          await recordEvent(manager, HAPPENED, { n });
        }
      });
    }
  }

  /** Outbox ids in the order they were recorded. */
  async function recordedIds(): Promise<string[]> {
    const rows = await dataSource.getRepository(OutboxMessage).find({ order: { position: 'ASC' } });
    return rows.map((row) => row.id);
  }

  async function unpublishedCount(): Promise<number> {
    return dataSource.getRepository(OutboxMessage).countBy({ publishedAt: IsNull() });
  }

  async function allPublished(timeoutMs = 20_000): Promise<void> {
    await waitUntil(
      async () => (await unpublishedCount()) === 0,
      'every outbox row marked published',
      timeoutMs,
    );
  }

  it('publishes every recorded event once, in the order recorded, with its id and payload', async () => {
    const relay = await startRelay();
    await recordEvents(250, 5);
    await allPublished();

    const streamed = await bus.streamedEvents();
    expect(streamed.map((event) => event.id)).toEqual(await recordedIds());
    expect(streamed.map((event) => (event.payload as { n: number }).n)).toEqual(
      Array.from({ length: 250 }, (_, n) => n),
    );
    expect(streamed.every((event) => event.subject === HAPPENED)).toBe(true);
    expect(relay.stats).toMatchObject({ published: 250, duplicates: 0, failures: 0 });
  });

  it('wakes up on the commit notification rather than waiting for its poll', async () => {
    await startRelay({ pollIntervalMs: 60_000 });
    const started = Date.now();
    await recordEvents(1);
    await waitUntil(async () => (await bus.streamedCount()) === 1, 'the event in the stream', 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('records nothing when the business transaction rolls back', async () => {
    await startRelay({ pollIntervalMs: 50 });
    await expect(
      dataSource.transaction(async (manager) => {
        await recordEvent(manager, HAPPENED, { n: 1 });
        throw new Error('the business rule failed');
      }),
    ).rejects.toThrow('the business rule failed');
    await recordEvents(1);
    await allPublished();

    expect(await dataSource.getRepository(OutboxMessage).count()).toBe(1);
    expect((await bus.streamedEvents()).map((event) => event.payload)).toEqual([{ n: 0 }]);
  });

  it('refuses to record an event outside a transaction', async () => {
    await expect(recordEvent(dataSource.manager, HAPPENED, { n: 1 })).rejects.toThrow(/transaction/);
    expect(await dataSource.getRepository(OutboxMessage).count()).toBe(0);
  });

  it('refuses a subject that is not an event subject, and a payload too big to publish', async () => {
    await expect(
      dataSource.transaction((manager) => recordEvent(manager, 'rpc.test.thing.do.v1', { n: 1 })),
    ).rejects.toThrow(/not an event subject/);
    await expect(
      dataSource.transaction((manager) => recordEvent(manager, HAPPENED, { text: 'x'.repeat(70_000) })),
    ).rejects.toThrow(/over 65536 bytes/);
    expect(await dataSource.getRepository(OutboxMessage).count()).toBe(0);
  });

  it('publishes by polling alone where it may not LISTEN', async () => {
    const relay = await startRelay({ listen: false, pollIntervalMs: 100 });
    await recordEvents(3);
    await allPublished(5_000);
    expect(relay.stats.published).toBe(3);
  });

  it('deletes published rows once they are older than the retention, and only those', async () => {
    await recordEvents(3);
    const [old, recent, unpublished] = await recordedIds();
    await dataSource.query(
      `UPDATE ${TEST_SCHEMA}.outbox SET published_at = now() - interval '8 days' WHERE id = $1`,
      [old],
    );
    await dataSource.query(`UPDATE ${TEST_SCHEMA}.outbox SET published_at = now() WHERE id = $1`, [recent]);

    await startRelay({ keepPublishedDays: 7 });
    await waitUntil(async () => (await recordedIds()).length === 2, 'the old row deleted');
    expect(await recordedIds()).toEqual([recent, unpublished]);
  });

  it('on stop, finishes the batch in flight and marks everything it published', async () => {
    await recordEvents(2_000, 2_000);
    const relay = await startRelay({ batchSize: 2_000 });
    await waitUntil(async () => (await bus.streamedCount()) > 0, 'the first events in the stream');
    await relay.stop();

    const streamed = await bus.streamedCount();
    expect(streamed).toBeLessThan(2_000);
    expect(2_000 - (await unpublishedCount())).toBe(streamed);
  });

  it('publishes each event once when a relay is killed between publishing and marking', async () => {
    const total = 3_000;
    await recordEvents(total, 100);
    // One batch for everything: the killed relay has published part of it and marked none.
    const killed = await spawnRelayProcess(total);
    await waitUntil(async () => (await bus.streamedCount()) > 0, 'the first events in the stream', 20_000);
    await killProcess(killed);

    const streamedBeforeTheKill = await bus.streamedCount();
    expect(streamedBeforeTheKill).toBeLessThan(total);
    expect(await unpublishedCount()).toBe(total);

    const successor = await startRelay();
    await allPublished(60_000);

    const streamed = await bus.streamedEvents();
    expect(streamed).toHaveLength(total);
    expect(streamed.map((event) => event.id)).toEqual(await recordedIds());
    // JetStream recognised the copies of what the killed relay had published.
    expect(successor.stats).toMatchObject({
      duplicates: streamedBeforeTheKill,
      published: total - streamedBeforeTheKill,
    });
  });

  it('loses nothing when NATS stops and restarts while events are being recorded', async () => {
    const relay = await startRelay({ publishTimeoutMs: 500 });
    let recorded = 0;
    const recording = (async () => {
      for (; recorded < 300; recorded += 1) {
        await recordEvents(1);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await waitUntil(async () => recorded >= 100, '100 events recorded');
    await bus.nats.stop();
    await waitUntil(async () => recorded >= 200, '100 more events recorded while NATS is down');
    expect(await unpublishedCount()).toBeGreaterThan(0);
    await bus.nats.restart();
    await recording;
    await allPublished(60_000);

    const streamed = await bus.streamedEvents();
    expect(streamed.map((event) => event.id)).toEqual(await recordedIds());
    expect(relay.stats.failures).toBeGreaterThan(0);
    const retried = await dataSource.getRepository(OutboxMessage).countBy({ lastError: Not(IsNull()) });
    expect(retried).toBeGreaterThan(0);
  });

  it('does not publish twice when two relays run at once', async () => {
    await recordEvents(300, 10);
    const first = await startRelay();
    const second = await startRelay();
    await recordEvents(300, 3);
    await allPublished();

    const streamed = await bus.streamedEvents();
    expect(streamed.map((event) => event.id)).toEqual(await recordedIds());
    expect(first.stats.published + second.stats.published).toBe(600);
    expect(first.stats.duplicates + second.stats.duplicates).toBe(0);
  });

  function spawnRelayProcess(batchSize: number): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      [
        join(__dirname, 'support/relay-process.mjs'),
        bus.database.url,
        TEST_SCHEMA,
        bus.nats.url,
        String(batchSize),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`relay process exited early (${code})`)));
      child.stdout?.once('data', () => resolve(child));
    });
  }

  function killProcess(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
});
