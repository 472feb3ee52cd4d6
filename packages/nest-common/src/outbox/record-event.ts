import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../context/request-context.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { outboxChannel } from './outbox-channel.js';

/** Events carry ids and the few facts consumers need; NATS refuses messages over 1 MiB. */
export const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024;

/**
 * Records an event in the outbox inside the caller's transaction: it is
 * published if and only if the transaction commits. `manager` must be the
 * transaction's manager (`dataSource.transaction(async (manager) => ...)`).
 */
export async function recordEvent(manager: EntityManager, subject: string, payload: object): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    // Outside a transaction the event could be recorded while the change is not (or the reverse).
    throw new Error(`recordEvent(${subject}) must be called with a transaction's EntityManager`);
  }
  // Refused here, in the caller's transaction, rather than by NATS later: an unpublishable row would hold
  // back every event after it.
  if (!subject.startsWith('evt.')) {
    throw new Error(
      `recordEvent: ${subject} is not an event subject (evt.<service>.<aggregate>.<past>.v<N>)`,
    );
  }
  const json = JSON.stringify(payload);
  if (Buffer.byteLength(json) > MAX_EVENT_PAYLOAD_BYTES) {
    throw new Error(`recordEvent(${subject}): the payload is over ${MAX_EVENT_PAYLOAD_BYTES} bytes`);
  }
  await manager.insert(OutboxMessage, {
    id: randomUUID(),
    subject,
    // A plain JSON copy: class instances and Dates become what consumers will read.
    payload: JSON.parse(json) as object,
    correlationId: currentRequestContext()?.correlationId ?? null,
  });
  // Delivered at commit (and dropped on rollback), so the relay wakes up as soon as the row is visible.
  await manager.query("SELECT pg_notify($1, '')", [outboxChannel(manager.connection)]);
}
