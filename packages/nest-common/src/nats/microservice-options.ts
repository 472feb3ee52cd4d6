import { Transport, type NatsOptions } from '@nestjs/microservices';
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
