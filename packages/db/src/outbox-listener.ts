// Wakes a service's outbox relay when a transaction that added outbox rows commits (appendToOutbox
// announces them on OUTBOX_CHANNEL), in this process or any other writing to the same schema (the worker's
// activities). It holds one connection of its own, outside the pool: LISTEN needs a session that stays.
// A lost connection is reopened after `retryMs`, and the relay is woken then, since rows may have been
// committed while nobody listened; meanwhile the relay's slow poll is the safety net.
import pg from 'pg';
import { poolConfigFor } from './pool-config.ts';
import { OUTBOX_CHANNEL } from './outbox-store.ts';

export interface OutboxListener {
  close(): Promise<void>;
}

export async function listenForOutbox(
  databaseUrl: string,
  schema: string,
  onCommitted: () => void,
  { retryMs = 5000, onError = (_error: Error) => {} } = {},
): Promise<OutboxListener> {
  const { max: _poolSize, ...config } = poolConfigFor(databaseUrl, schema, 1);
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client(config);
    next.on('notification', ({ channel, payload }) => {
      if (channel === OUTBOX_CHANNEL && payload === schema) onCommitted();
    });
    next.on('error', (error) => {
      onError(error);
      reopen(next);
    });
    await next.connect();
    await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
    client = next;
  };
  const reopen = (lost: pg.Client) => {
    if (closed || client !== lost) return;
    client = undefined;
    void lost.end().catch(() => {});
    reconnectLater();
  };
  const reconnectLater = () => {
    retry = setTimeout(() => {
      if (closed) return;
      connect().then(onCommitted, (error: Error) => {
        onError(error);
        reconnectLater();
      });
    }, retryMs);
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end();
    },
  };
}
