// Publishes a service's outbox to JetStream with Nats-Msg-Id = outbox row id, so a row published twice
// (a relay that died between the broker's acknowledgement and marking the row) is stored once.
// Rows are claimed with a lease in one statement and published outside any transaction, so a slow or
// absent NATS holds no database locks; each row is marked once the broker acknowledges it. A row the
// broker refuses waits with exponential backoff while later rows go on, and is parked after
// `maxAttempts` (kept, counted, reported) rather than retried forever. When NATS cannot be reached at all,
// the claimed rows are given back without counting an attempt, and the relay waits for it.
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  claimOutboxRows,
  markOutboxPublished,
  recordOutboxFailure,
  releaseOutboxRows,
  type ClaimedRow,
  type OutboxRow,
  type RawSql,
} from '@yji/db';
import { errorCode } from './error-code.ts';

export interface OutboxRelayOptions {
  batchSize?: number;
  idleDelayMs?: number;
  /** How long a claim holds before another relay may take the row (longer than a batch's publishing). */
  leaseMs?: number;
  /** Attempts before a row is parked. */
  maxAttempts?: number;
  /** A failed row's first wait, doubled at each further attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a publish waits for the broker's acknowledgement. */
  publishTimeoutMs?: number;
  onError?: (error: Error) => void;
  /** A row was parked: it will not be published until an operator releases it. */
  onParked?: (row: { id: string; subject: string; attempts: number; error: string }) => void;
}

export interface OutboxRelayCounts {
  published: number;
  failed: number;
  parked: number;
  /** Times NATS could not be reached and claimed rows were given back. */
  outages: number;
}

export async function publishOutboxRows(nc: NatsConnection, rows: OutboxRow[]): Promise<void> {
  const js = jetstream(nc);
  for (const row of rows) {
    await js.publish(row.subject, JSON.stringify(row.payload), { msgID: row.id });
  }
}

/** Whether the server answers a round trip within `timeoutMs` (a flush waits for a reconnection). */
async function reachable(nc: NatsConnection, timeoutMs: number): Promise<boolean> {
  if (nc.isClosed()) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([
      nc.flush().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function startOutboxRelay(db: RawSql, nc: NatsConnection, options: OutboxRelayOptions = {}) {
  const {
    batchSize = 100,
    idleDelayMs = 200,
    leaseMs = 60_000,
    maxAttempts = 20,
    backoffMs = 1000,
    maxBackoffMs = 5 * 60_000,
    publishTimeoutMs = 5000,
    onError = () => {},
    onParked = () => {},
  } = options;
  const js = jetstream(nc, { timeout: publishTimeoutMs });
  const counts: OutboxRelayCounts = { published: 0, failed: 0, parked: 0, outages: 0 };
  let running = true;
  let wake: (() => void) | undefined;
  /** Set by notify: rows committed after the last claim, so the next pause must not wait. */
  let wakeRequested = false;
  let outageWaitMs = idleDelayMs;

  const fail = async (row: ClaimedRow, error: unknown) => {
    const attempts = row.attempts + 1;
    const park = attempts >= maxAttempts;
    const code = errorCode(error);
    await recordOutboxFailure(db, row.id, {
      error: code,
      retryInMs: Math.min(maxBackoffMs, backoffMs * 2 ** row.attempts),
      park,
    });
    counts.failed += 1;
    if (park) {
      counts.parked += 1;
      onParked({ id: row.id, subject: row.subject, attempts, error: code });
    }
  };

  /** Publishes one claimed batch; answers whether NATS was reachable throughout. */
  const relay = async (rows: ClaimedRow[]): Promise<boolean> => {
    const acknowledged: string[] = [];
    try {
      for (const [i, row] of rows.entries()) {
        try {
          await js.publish(row.subject, JSON.stringify(row.payload), { msgID: row.id });
          acknowledged.push(row.id);
        } catch (error) {
          if (!(await reachable(nc, publishTimeoutMs))) {
            await releaseOutboxRows(
              db,
              rows.slice(i).map((r) => r.id),
            );
            return false;
          }
          await fail(row, error);
        }
      }
      return true;
    } finally {
      await markOutboxPublished(db, acknowledged);
      counts.published += acknowledged.length;
    }
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (wakeRequested || !running) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (running) {
      wakeRequested = false;
      let claimed = 0;
      try {
        const rows = await claimOutboxRows(db, batchSize, leaseMs);
        claimed = rows.length;
        if (claimed > 0 && !(await relay(rows))) {
          counts.outages += 1;
          await pause(outageWaitMs);
          outageWaitMs = Math.min(maxBackoffMs, outageWaitMs * 2, 5000);
          continue;
        }
        outageWaitMs = idleDelayMs;
      } catch (error) {
        onError(error as Error);
      }
      if (claimed < batchSize && running) await pause(idleDelayMs);
    }
  })();
  return {
    /** Call after committing an outbox row to publish it without waiting for the next poll. */
    notify: () => {
      wakeRequested = true;
      wake?.();
    },
    counts: (): Readonly<OutboxRelayCounts> => ({ ...counts }),
    stop: async () => {
      running = false;
      wake?.();
      await loop;
    },
  };
}
