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
    // Otherwise every request builds an Error up front, just in case it fails,
    // to keep the caller's stack: 5 % of the gateway's CPU under load. Our RPC
    // client turns failures into error codes, not stack traces.
    noAsyncTraces: true,
  };
}
