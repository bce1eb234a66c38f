// A service's copy of what another service decided about each inspection (its settings, its YJS code), kept
// from that service's events: one row per inspection, which each event replaces, so the latest wins — by the
// time the event names (`newerBy`), where a decision can be made again and its events arrive out of order (a
// retry's delay, another replica, a replay). A redelivered event takes effect once (startEventConsumer).
import type { NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import type { TransactionalClient } from '@yji/db';
import { startEventConsumer, type EventConsumerOptions } from './event-consumer.ts';

/** A value kept as jsonb; null (or absent) stays SQL NULL. */
export interface JsonColumn {
  json: unknown;
}

type CopiedValue = string | null | Date | JsonColumn;

/** How SQL is told each value's type, and the parameter it is sent as. */
function parameter(value: CopiedValue): { cast: string; sent: string | Date | null } {
  if (value instanceof Date) return { cast: '::timestamptz', sent: value };
  if (value === null || typeof value === 'string') return { cast: '', sent: value };
  return { cast: '::jsonb', sent: value.json == null ? null : JSON.stringify(value.json) };
}

/**
 * The consumer that keeps `table` (keyed by "inspectionId") from `events`; `row` gives the other columns' values
 * from the event. With `newerBy`, one of them (a time), an event older than the row changes nothing. Table and
 * column names come from the service's code, never from an event.
 */
export const inspectionCopyConsumer =
  <P extends z.ZodType<{ inspectionId: string }>>(
    events: { subject: string; payload: P },
    table: string,
    row: (payload: z.output<P>) => Record<string, CopiedValue>,
    { newerBy }: { newerBy?: string } = {},
  ) =>
  (db: TransactionalClient, nc: NatsConnection, options: EventConsumerOptions) =>
    startEventConsumer(db, nc, events, options, async (payload, tx) => {
      const columns = Object.entries(row(payload)).map(([name, value]) => ({
        name: `"${name}"`,
        ...parameter(value),
      }));
      const names = columns.map(({ name }) => name);
      await tx.$executeRawUnsafe(
        `INSERT INTO "${table}" ("inspectionId", ${names.join(', ')})
         VALUES ($1::uuid, ${columns.map(({ cast }, index) => `$${index + 2}${cast}`).join(', ')})
         ON CONFLICT ("inspectionId") DO UPDATE SET ${names.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}
         ${newerBy ? `WHERE "${table}"."${newerBy}" <= EXCLUDED."${newerBy}"` : ''}`,
        payload.inspectionId,
        ...columns.map(({ sent }) => sent),
      );
    });
