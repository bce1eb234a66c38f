// Publishes a service's outbox to JetStream with Nats-Msg-Id = outbox row id, so a row published twice
// (a relay that died between the broker's acknowledgement and marking the row) is stored once.
// Rows are claimed with a lease in one statement and published outside any transaction, so a slow or
// absent NATS holds no database locks; each row is marked once the broker acknowledges it. A row the
// broker refuses waits with exponential backoff while later rows go on, and is parked after
// `maxAttempts` (kept, counted, reported) rather than retried forever. When NATS cannot be reached at all,
// the claimed rows are given back without counting an attempt, and the relay waits for it.
// Now and then (`sweep`) it also deletes what messaging keeps and no longer needs, in bounded batches: rows
// published longer ago than the deployment keeps them, and processed-message ids older than every event the
// stream still holds.
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  claimOutboxRows,
  deleteProcessedMessagesBefore,
  deletePublishedOutboxRows,
  markOutboxPublished,
  recordOutboxFailure,
  releaseOutboxRows,
  type ClaimedRow,
  type OutboxRow,
  type RawSql,
} from '@yji/db';
import { errorCode } from './error-code.ts';
import { streamMaxAgeMs } from './event-stream.ts';

/**
 * How much older than the stream's max_age a processed-message row must be before it goes: the stream's
 * clock and the database's may differ, and the server expires messages a little after their age is up.
 */
export const PROCESSED_MESSAGE_MARGIN_MS = 24 * 60 * 60 * 1000;

/** What the relay deletes now and then, and how much at a time. */
export interface OutboxSweepOptions {
  /** Rows published longer ago than this are deleted (OUTBOX_KEEP_PUBLISHED_MS); never one unpublished or parked. */
  keepPublishedMs: number;
  /**
   * The stream this database's consumers read: their ProcessedMessage rows older than its max_age (asked at
   * each sweep) plus PROCESSED_MESSAGE_MARGIN_MS are deleted, as no redelivery can need them. None are while
   * the stream keeps events for ever (max_age 0), or when the stream cannot be asked. Unset: none are.
   */
  processedMessagesOf?: string;
  /** The time between sweeps (the first one this long after the start). */
  everyMs?: number;
  /** Rows one DELETE takes at most. */
  batchSize?: number;
  /** Batches a sweep takes at most from each table; what is left waits for the next sweep. */
  maxBatches?: number;
  /** A sweep that deleted something: how many rows of each. */
  onSwept?: (deleted: { published: number; processed: number }) => void;
}

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
  /** Deletes old published rows and processed-message ids now and then; unset: nothing is deleted. */
  sweep?: OutboxSweepOptions;
}

export interface OutboxRelayCounts {
  published: number;
  failed: number;
  parked: number;
  /** Times NATS could not be reached and claimed rows were given back. */
  outages: number;
  /** Sweeps finished, and the rows they deleted: published outbox rows, processed-message ids. */
  sweeps: number;
  deletedPublished: number;
  deletedProcessed: number;
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
  const counts: OutboxRelayCounts = {
    published: 0,
    failed: 0,
    parked: 0,
    outages: 0,
    sweeps: 0,
    deletedPublished: 0,
    deletedProcessed: 0,
  };
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
  const sweeper = options.sweep ? startSweeps(db, nc, options.sweep, counts, onError) : undefined;
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
      await Promise.all([loop, sweeper?.stop()]);
    },
  };
}

/**
 * Sweeps every `everyMs` on a timer (nothing runs between sweeps, and a sweep at idle is one indexed DELETE
 * per table that finds nothing). Each table is emptied of what is due in DELETEs of at most `batchSize` rows,
 * `maxBatches` at most per sweep, so no statement holds many rows' locks and a backlog (the first sweep
 * after an upgrade) is worked off over several sweeps.
 */
function startSweeps(
  db: RawSql,
  nc: NatsConnection,
  options: OutboxSweepOptions,
  counts: OutboxRelayCounts,
  onError: (error: Error) => void,
) {
  const {
    keepPublishedMs,
    processedMessagesOf,
    everyMs = 10 * 60_000,
    batchSize = 1000,
    maxBatches = 100,
  } = options;
  const onSwept = options.onSwept ?? (() => {});
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> = Promise.resolve();

  /** Deletes in batches until one comes back short, the batches run out or the relay stops. */
  const inBatches = async (
    remove: (limit: number) => Promise<number>,
    counted: 'deletedPublished' | 'deletedProcessed',
  ) => {
    let deleted = 0;
    for (let batch = 0; batch < maxBatches && running; batch++) {
      const n = await remove(batchSize);
      deleted += n;
      counts[counted] += n;
      if (n < batchSize) break;
    }
    return deleted;
  };

  /** How old a processed-message row must be to go, or undefined when none may. */
  const processedKeepMs = async (): Promise<number | undefined> => {
    if (processedMessagesOf === undefined) return undefined;
    try {
      const maxAgeMs = await streamMaxAgeMs(nc, processedMessagesOf);
      return maxAgeMs > 0 ? maxAgeMs + PROCESSED_MESSAGE_MARGIN_MS : undefined;
    } catch (error) {
      // Not knowing what the stream still holds, keep every row until a sweep does.
      onError(error as Error);
      return undefined;
    }
  };

  const sweep = async () => {
    try {
      const published = await inBatches(
        (limit) => deletePublishedOutboxRows(db, keepPublishedMs, limit),
        'deletedPublished',
      );
      const keepProcessedMs = await processedKeepMs();
      const processed =
        keepProcessedMs === undefined
          ? 0
          : await inBatches(
              (limit) => deleteProcessedMessagesBefore(db, keepProcessedMs, limit),
              'deletedProcessed',
            );
      counts.sweeps += 1;
      if (published + processed > 0) onSwept({ published, processed });
    } catch (error) {
      onError(error as Error);
    }
  };

  const schedule = () => {
    timer = setTimeout(() => {
      sweeping = sweep().then(() => {
        if (running) schedule();
      });
    }, everyMs);
    timer.unref();
  };
  schedule();

  return {
    stop: async () => {
      running = false;
      clearTimeout(timer);
      await sweeping;
    },
  };
}
