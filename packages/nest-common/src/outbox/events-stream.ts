import {
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

/** The one stream holding every service's events (`evt.<service>.<aggregate>.<past>.v<N>`). */
export const EVENTS_STREAM = 'EVENTS';

/**
 * How long JetStream remembers a `Nats-Msg-Id` to drop a republished copy. It
 * must outlast the time between a publish and the relay recording it: a relay
 * retries at most every 5 s while NATS is away, and a relay killed mid-batch is
 * replaced within seconds. Consumers dedupe through their inbox anyway; the
 * window keeps the stream itself free of copies.
 */
export const EVENTS_DUPLICATE_WINDOW_MS = 10 * 60_000;

/** Long enough for a consumer service to be down over a long weekend and catch up. */
export const EVENTS_MAX_AGE_MS = 30 * 24 * 3_600_000;

export interface EventsStreamOptions {
  /** 1 on a single server; 3 on the production cluster (infra/nats). */
  replicas?: number;
}

export function eventsStreamConfig(
  options: EventsStreamOptions = {},
): Partial<StreamConfig> & { name: string } {
  return {
    name: EVENTS_STREAM,
    subjects: ['evt.>'],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: options.replicas ?? 1,
    duplicate_window: nanos(EVENTS_DUPLICATE_WINDOW_MS),
    max_age: nanos(EVENTS_MAX_AGE_MS),
  };
}

/**
 * Creates the EVENTS stream, or brings an existing one to this configuration.
 * Every service runs it at start; they all ask for the same configuration.
 */
export async function ensureEventsStream(
  manager: JetStreamManager,
  options: EventsStreamOptions = {},
): Promise<void> {
  const config = eventsStreamConfig(options);
  try {
    await manager.streams.info(EVENTS_STREAM);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) {
      await manager.streams.add(config);
      return;
    }
    throw error;
  }
  await manager.streams.update(EVENTS_STREAM, config);
}
