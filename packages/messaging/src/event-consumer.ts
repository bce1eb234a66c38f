// A service's consumer of the event stream: one event contract (or one filter subject and the schema of
// every event under it), each event handled once, in the transaction that records it (startIdempotentConsumer).
// Every read model and relay in the services is one of these; they differ only in what they do with the event.
import type { NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import { EVENT_STREAM } from '@yji/contracts';
import type { TransactionalClient } from '@yji/db';
import {
  startIdempotentConsumer,
  type ConsumerOptions,
  type EventHandler,
  type EventStatement,
} from './idempotent-consumer.ts';

export interface EventConsumerOptions {
  /** Durable consumer name; also the key of the processed message ids in this database. */
  durable: string;
  onError?: ConsumerOptions<z.ZodType>['onError'];
  takesAtOnce?: ConsumerOptions<z.ZodType>['takesAtOnce'];
}

/** `effect`: a handler run in the event's transaction, or the effect as one statement (effect-statement.ts). */
export function startEventConsumer<P extends z.ZodType>(
  db: TransactionalClient,
  nc: NatsConnection,
  events: { subject: string; payload: P },
  options: EventConsumerOptions,
  effect: EventHandler<P> | { statement: EventStatement<P> },
) {
  return startIdempotentConsumer(db, nc, {
    stream: EVENT_STREAM,
    durable: options.durable,
    subjects: [events.subject],
    payload: events.payload,
    ...(typeof effect === 'function' ? { handle: effect } : effect),
    onError: options.onError,
    takesAtOnce: options.takesAtOnce,
  });
}
