import { connect, type NatsConnection } from '@nats-io/transport-node';

export type { NatsConnection };

/** One connection per process; reconnects forever, since a service without NATS can do nothing useful. */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({ servers: url.split(','), name, maxReconnectAttempts: -1, reconnectTimeWait: 1000 });
}
