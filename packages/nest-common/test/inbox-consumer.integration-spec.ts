import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { waitUntil } from '@passerelle/testing';
import { Column, Entity, PrimaryGeneratedColumn, type DataSource, type EntityManager } from 'typeorm';
import { InboxConsumer, type EventHandler, type ReceivedEvent } from '../src/inbox/inbox-consumer.js';
import { InboxMessage } from '../src/inbox/inbox-message.entity.js';
import { EVENTS_STREAM, eventsStreamConfig } from '../src/outbox/events-stream.js';
import { OutboxMessage } from '../src/outbox/outbox-message.entity.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { recordEvent } from '../src/outbox/record-event.js';
import { EventBusFixture } from './support/event-bus-fixture.js';

/** What the test consumer does with an event: one row per application, so applying twice shows. */
@Entity({ name: 'applied_events' })
class AppliedEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'event_id', type: 'varchar' }) eventId!: string;
  @Column({ type: 'jsonb' }) payload!: object;
}

const applyEvent = async (manager: EntityManager, event: ReceivedEvent): Promise<void> => {
  await manager.insert(AppliedEvent, { eventId: event.id, payload: event.payload as object });
};

describe('inbox consumer', () => {
  let bus: EventBusFixture;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  const consumers: InboxConsumer[] = [];
  let testNumber = 0;
  let subject: string;
  let consumerName: string;

  beforeAll(async () => {
    bus = await EventBusFixture.start([OutboxMessage, InboxMessage, AppliedEvent]);
    dataSource = await bus.openDataSource();
    relay = new OutboxRelay({ dataSource, nats: await bus.connectNats('relay'), logger: bus.logger });
    await relay.start();
  });

  beforeEach(async () => {
    await dataSource.getRepository(AppliedEvent).clear();
    // Each test its own subjects and durable consumer, so no test receives another's events.
    testNumber += 1;
    subject = `evt.inboxtest${testNumber}.thing.happened.v1`;
    consumerName = `inbox-test-${testNumber}`;
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });

  afterAll(async () => {
    await relay.stop();
    await bus.dispose();
  });

  async function startConsumer(
    handle: EventHandler,
    options: { maxAttempts?: number } = {},
  ): Promise<InboxConsumer> {
    const consumer = new InboxConsumer({
      dataSource,
      nats: await bus.connectNats(consumerName),
      logger: bus.logger,
      name: consumerName,
      subjects: [`evt.inboxtest${testNumber}.>`],
      handle,
      retryBackoff: { initialMs: 200, maxMs: 400 },
      ...options,
    });
    await consumer.start();
    consumers.push(consumer);
    return consumer;
  }

  async function recordThroughOutbox(payload: object): Promise<string> {
    await dataSource.transaction((manager) => recordEvent(manager, subject, payload));
    const [row] = await dataSource
      .getRepository(OutboxMessage)
      .find({ where: { subject }, order: { position: 'DESC' }, take: 1 });
    return row!.id;
  }

  async function appliedIds(): Promise<string[]> {
    const rows = await dataSource.getRepository(AppliedEvent).find({ order: { id: 'ASC' } });
    return rows.map((row) => row.eventId);
  }

  async function inboxRows(): Promise<InboxMessage[]> {
    return dataSource
      .getRepository(InboxMessage)
      .find({ where: { consumer: consumerName }, order: { receivedAt: 'ASC' } });
  }

  it('applies each published event once, in order, and records it in the inbox', async () => {
    const consumer = await startConsumer(applyEvent);
    const ids = [];
    for (let n = 0; n < 20; n += 1) ids.push(await recordThroughOutbox({ n }));
    await waitUntil(async () => consumer.stats.applied === 20, '20 events applied');

    expect(await appliedIds()).toEqual(ids);
    expect((await inboxRows()).map((row) => row.eventId).sort()).toEqual([...ids].sort());
  });

  it('applies once an event delivered twice with the same id', async () => {
    // A copy republished after the stream's duplicate window (say, a relay whose database was
    // down for longer) is stored again: shrink the window to make one.
    await bus.jsm.streams.update(EVENTS_STREAM, { ...eventsStreamConfig(), duplicate_window: nanos(100) });
    const js = jetstream(await bus.connectNats('publisher'));
    const id = randomUUID();
    const streamedBefore = await bus.streamedCount();
    try {
      await js.publish(subject, JSON.stringify({ n: 1 }), { msgID: id });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await js.publish(subject, JSON.stringify({ n: 1 }), { msgID: id });
    } finally {
      await bus.jsm.streams.update(EVENTS_STREAM, eventsStreamConfig());
    }
    expect((await bus.streamedCount()) - streamedBefore).toBe(2);

    const consumer = await startConsumer(applyEvent);
    await waitUntil(async () => consumer.stats.applied + consumer.stats.skipped === 2, 'both copies handled');

    expect(await appliedIds()).toEqual([id]);
    expect(consumer.stats).toMatchObject({ applied: 1, skipped: 1 });
  });

  it('applies once an event delivered again because its acknowledgement came too late', async () => {
    let calls = 0;
    const slowFirstTime: EventHandler = async (manager, event) => {
      calls += 1;
      await applyEvent(manager, event);
      // Longer than ack_wait: JetStream delivers the event again while it is being applied.
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 1_500));
    };
    const consumer = new InboxConsumer({
      dataSource,
      nats: await bus.connectNats(consumerName),
      logger: bus.logger,
      name: consumerName,
      subjects: [`evt.inboxtest${testNumber}.>`],
      handle: slowFirstTime,
      ackWaitMs: 1_000,
    });
    await consumer.start();
    consumers.push(consumer);
    const id = await recordThroughOutbox({ n: 1 });
    await waitUntil(async () => consumer.stats.skipped === 1, 'the second delivery skipped', 10_000);

    expect(calls).toBe(1);
    expect(await appliedIds()).toEqual([id]);
  });

  it('leaves nothing applied when the handler fails, and applies the event when it is delivered again', async () => {
    const attempts: number[] = [];
    const consumer = await startConsumer(async (manager, event) => {
      attempts.push(event.attempt);
      await applyEvent(manager, event);
      if (event.attempt === 1) throw new Error('the read model is not ready');
    });
    const id = await recordThroughOutbox({ n: 1 });

    await waitUntil(async () => attempts.length === 1, 'the first attempt');
    await waitUntil(async () => consumer.stats.retried === 1, 'the first attempt rolled back');
    expect(await appliedIds()).toEqual([]);
    expect(await inboxRows()).toEqual([]);

    await waitUntil(async () => consumer.stats.applied === 1, 'the event applied on its second delivery');
    expect(attempts).toEqual([1, 2]);
    expect(await appliedIds()).toEqual([id]);
  });

  it('parks an event that keeps failing, with its error and payload, and goes on with the next ones', async () => {
    const attempts: number[] = [];
    const consumer = await startConsumer(
      async (manager, event) => {
        if ((event.payload as { poison?: boolean }).poison) {
          attempts.push(event.attempt);
          throw new Error('cannot handle this one');
        }
        await applyEvent(manager, event);
      },
      { maxAttempts: 3 },
    );
    const poisonId = await recordThroughOutbox({ poison: true });
    const nextId = await recordThroughOutbox({ n: 2 });

    await waitUntil(async () => consumer.stats.parked === 1, 'the poison event parked', 10_000);
    await waitUntil(async () => consumer.stats.applied === 1, 'the next event applied');
    expect(attempts).toEqual([1, 2, 3]);
    expect(await appliedIds()).toEqual([nextId]);
    const parked = (await inboxRows()).find((row) => row.eventId === poisonId);
    expect(parked).toMatchObject({ error: 'cannot handle this one', payload: { poison: true } });
    expect(parked?.parkedAt).toBeInstanceOf(Date);

    // Terminated in JetStream: not delivered again.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(attempts).toHaveLength(3);
  });

  it('goes on consuming after NATS restarts', async () => {
    const consumer = await startConsumer(applyEvent);
    const before = await recordThroughOutbox({ n: 1 });
    await waitUntil(async () => consumer.stats.applied === 1, 'the first event applied');

    await bus.nats.stop();
    const whileDown = await recordThroughOutbox({ n: 2 });
    await bus.nats.restart();
    const after = await recordThroughOutbox({ n: 3 });

    await waitUntil(async () => consumer.stats.applied === 3, 'the events applied after the restart', 30_000);
    expect(await appliedIds()).toEqual([before, whileDown, after]);
  });

  it('picks up, after a restart, the events published while it was stopped', async () => {
    const first = await startConsumer(applyEvent);
    const before = await recordThroughOutbox({ n: 1 });
    await waitUntil(async () => first.stats.applied === 1, 'the first event applied');
    await first.stop();

    const whileStopped = await recordThroughOutbox({ n: 2 });
    const second = await startConsumer(applyEvent);
    await waitUntil(async () => second.stats.applied === 1, 'the missed event applied');

    expect(await appliedIds()).toEqual([before, whileStopped]);
    expect(second.stats.skipped).toBe(0);
  });
});
