import type { INestMicroservice } from '@nestjs/common';
import { Transport, type NatsOptions } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { natsConnectionOptions } from './connection-options.js';

/**
 * A service listens in a queue group named after itself, so running N replicas
 * spreads requests across them instead of answering each one N times.
 */
export function natsMicroserviceOptions(url: string, service: string): NatsOptions {
  return {
    transport: Transport.NATS,
    options: {
      ...natsConnectionOptions(url, service),
      queue: service,
      // On shutdown: stop taking new requests, give in-flight ones time to answer.
      gracefulShutdown: true,
      gracePeriod: 2_000,
    },
  };
}

/**
 * Starts taking requests, and returns only once the NATS server has the
 * service's subscriptions. Nest's listen() resolves when they are sent, not
 * when the server knows them, so a request right after a (re)start could still
 * find no responder and answer 503.
 */
export async function listenOnNats(app: INestMicroservice): Promise<void> {
  await app.listen();
  await app.unwrap<NatsConnection>().flush();
}
