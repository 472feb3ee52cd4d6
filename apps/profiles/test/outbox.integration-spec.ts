import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, millis, type NatsConnection } from '@nats-io/transport-node';
import { ACCOUNT_ERASED, type AccountErasedEvent } from '@passerelle/contracts';
import {
  EVENTS_DUPLICATE_WINDOW_MS,
  EVENTS_STREAM,
  natsConnectionOptions,
  recordEvent,
} from '@passerelle/nest-common';
import { waitUntil } from '@passerelle/testing';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../src/tokens.js';
import { startProfilesHarness, type ProfilesHarness } from './profiles-harness.js';

describe('profiles outbox', () => {
  let harness: ProfilesHarness;
  let nats: NatsConnection;

  beforeAll(async () => {
    harness = await startProfilesHarness();
    nats = await connect(natsConnectionOptions(harness.nats.url, 'outbox-test'));
  });

  afterAll(async () => {
    await nats.close();
    await harness.stop();
  });

  it('creates the EVENTS stream on evt.> in files, with a duplicate window for the relay to retry in', async () => {
    const jsm = await jetstreamManager(nats);
    // The relay sets the stream up in the background, so a service starts even while JetStream is away.
    await waitUntil(
      () =>
        jsm.streams.info(EVENTS_STREAM).then(
          () => true,
          () => false,
        ),
      'the EVENTS stream',
    );
    const { config } = await jsm.streams.info(EVENTS_STREAM);
    expect(config).toMatchObject({ subjects: ['evt.>'], storage: 'file' });
    expect(millis(config.duplicate_window)).toBe(EVENTS_DUPLICATE_WINDOW_MS);
  });

  it('publishes an event recorded in a profiles transaction to the stream, with the outbox id as Nats-Msg-Id', async () => {
    const dataSource = harness.service.get<DataSource>(DATA_SOURCE);
    const event: AccountErasedEvent = { accountId: randomUUID(), erasedAt: new Date().toISOString() };
    await dataSource.transaction((manager) => recordEvent(manager, ACCOUNT_ERASED, event));

    await waitUntil(
      async () =>
        (await harness.sql('SELECT 1 FROM profiles.outbox WHERE published_at IS NOT NULL')).length === 1,
      'the outbox row marked published',
    );
    const [row] = await harness.sql<{ id: string }>('SELECT id FROM profiles.outbox');
    const stored = await (
      await jetstreamManager(nats)
    ).streams.getMessage(EVENTS_STREAM, {
      last_by_subj: ACCOUNT_ERASED,
    });
    expect(stored?.header.get('Nats-Msg-Id')).toBe(row?.id);
    expect(stored?.json()).toEqual(event);
  });
});
