import type { ConnectionOptions } from '@nats-io/transport-node';

/**
 * How every Passerelle process connects to NATS: it waits for the server if it
 * is not up yet and never gives up reconnecting, so restarting NATS never
 * requires restarting a service.
 */
export function natsConnectionOptions(url: string, name: string): ConnectionOptions {
  return {
    servers: url.split(','),
    name,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    pingInterval: 10_000,
  };
}
