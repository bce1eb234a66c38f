// A durable JetStream consumer whose handler takes effect once per message id, however often the message
// is delivered: the effect and the processed-message row commit together (see processOnce). An event whose
// handler fails is delivered again after a growing wait, and at the last delivery the policy allows it is
// parked (ParkedMessage) for an operator to see and replay, instead of being redelivered for ever.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import { parkMessage, processOnce, type RawSql, type TransactionalClient } from '@yji/db';
import { applyEffectStatement, type EffectStatement } from './effect-statement.ts';
import { errorCode } from './error-code.ts';
import { startParkedReplay } from './parked-replay.ts';
import { REDELIVERY, redeliveryDelayMs, type RedeliveryPolicy } from './redelivery.ts';

/** What a handler learns of the event besides its parsed payload (a delivery, or an operator's replay). */
export interface ConsumedEvent {
  subject: string;
  json(): unknown;
}

/** A delivery (or replay) that failed, for the service's log: ids and counts, never the payload. */
export interface ConsumerFailure {
  subject: string;
  /** The stream sequence and the delivery's number; absent for a replay. */
  seq?: number;
  deliveries?: number;
  /** The event is parked: nothing delivers it again until an operator asks for a replay. */
  parked: boolean;
}

/** A handler run in the transaction that records the event as processed. */
export type EventHandler<P extends z.ZodType> = (
  payload: z.output<P>,
  tx: RawSql,
  event: ConsumedEvent,
) => Promise<void>;

/**
 * What the consumer does with an event: `handle` it in a transaction, or, where the whole effect is one
 * statement, make that `statement` (effect-statement.ts: one round trip, no transaction). A statement may be
 * made by slow work (a report's printing): it is made before any transaction opens, so no connection waits
 * on it, for a delivery and for an operator's replay alike.
 */
export type EventEffect<P extends z.ZodType> =
  { handle: EventHandler<P>; statement?: never } | { statement: EventStatement<P>; handle?: never };

/** An event's effect as one statement, made from its payload (effect-statement.ts). */
export type EventStatement<P extends z.ZodType> = (
  payload: z.output<P>,
) => EffectStatement | Promise<EffectStatement>;

export type ConsumerOptions<P extends z.ZodType> = EventEffect<P> & {
  stream: string;
  /** Durable name; also the key under which processed and parked message ids are remembered. */
  durable: string;
  subjects: string[];
  payload: P;
  onError?: (error: Error, details: ConsumerFailure) => void;
  /** REDELIVERY unless a test needs smaller figures. */
  redelivery?: RedeliveryPolicy;
  /** How often the consumer looks for replays an operator asked for. */
  replayPollMs?: number;
  /**
   * How many events the consumer takes from the server at once (100 unless said). Each one's ack wait runs
   * from when it is taken: a consumer whose events take seconds each (a report printed) takes one at a time,
   * or those waiting behind would be delivered again, and parked as exhausted without ever being handled.
   */
  takesAtOnce?: number;
  /** ACK_WAIT_MS unless a test needs a shorter one. */
  ackWaitMs?: number;
};

const ACK_WAIT_MS = 10_000;
const REPLAY_POLL_MS = 10_000;

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

function messageIdOf(message: JsMsg): string {
  return message.headers?.get('Nats-Msg-Id') || `${message.info.stream}:${message.seq}`;
}

/** The message's body as JSON, or its text when it is not JSON (kept as it came when parked). */
function bodyOf(message: JsMsg): { json: true; value: unknown } | { json: false; value: string } {
  try {
    return { json: true, value: message.json() };
  } catch {
    return { json: false, value: message.string() };
  }
}

export async function startIdempotentConsumer<P extends z.ZodType>(
  db: TransactionalClient,
  nc: NatsConnection,
  options: ConsumerOptions<P>,
) {
  const policy = options.redelivery ?? REDELIVERY;
  const ackWaitMs = options.ackWaitMs ?? ACK_WAIT_MS;
  const onError = options.onError ?? (() => {});
  const jsm = await jetstreamManager(nc);
  const config = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    // One subject goes as filter_subject: NATS servers before 2.10 know no filter_subjects.
    ...(options.subjects.length === 1
      ? { filter_subject: options.subjects[0] }
      : { filter_subjects: options.subjects }),
    // Unlimited on the server: the consumer itself parks an event after policy.maxDeliveries (redelivery.ts).
    max_deliver: -1,
    // A message a stopped consumer held is redelivered after this, not after the server's 30 s default.
    ack_wait: nanos(ackWaitMs),
  };
  // A durable made by an earlier release keeps its position; only its editable settings are brought up to date.
  const existing = await jsm.consumers.info(options.stream, options.durable).catch(() => null);
  if (existing)
    await jsm.consumers.update(options.stream, options.durable, {
      ack_wait: config.ack_wait,
      max_deliver: config.max_deliver,
    });
  else await jsm.consumers.add(options.stream, config);

  /** The event's payload; one off its schema never parses. */
  const payloadOf = (event: ConsumedEvent): z.output<P> => {
    const parsed = options.payload.safeParse(event.json());
    if (!parsed.success) throw failure('payload-invalid', 'event payload does not match its schema');
    return parsed.data;
  };

  /**
   * How one event is applied once: on its own (a delivery), or in `tx`, the transaction that took it out of
   * ParkedMessage and marked it processed (a replay). A statement is made here, before either opens.
   */
  const applicationOf = async (messageId: string, event: ConsumedEvent) => {
    const payload = payloadOf(event);
    if (options.statement) {
      const effect = await options.statement(payload);
      return {
        delivery: () => applyEffectStatement(db, options.durable, messageId, effect, 'delivery'),
        replay: (tx: RawSql) => applyEffectStatement(tx, options.durable, messageId, effect, 'replay'),
      };
    }
    const handle = options.handle;
    return {
      delivery: () => processOnce(db, options.durable, messageId, (tx) => handle(payload, tx, event)),
      replay: (tx: RawSql) => handle(payload, tx, event),
    };
  };

  const park = async (message: JsMsg, deliveries: number, error: Error) => {
    const body = bodyOf(message);
    const details = { subject: message.subject, seq: message.seq, deliveries };
    try {
      await parkMessage(db, {
        consumer: options.durable,
        messageId: messageIdOf(message),
        subject: message.subject,
        payload: body.value,
        deliveries,
        error: errorCode(error),
      });
    } catch (parkError) {
      // Nowhere to keep it (the database does not answer): the next delivery, past the limit, parks it.
      onError(parkError as Error, { ...details, parked: false });
      message.nak(policy.maxBackoffMs);
      return;
    }
    onError(error, { ...details, parked: true });
    message.term();
  };

  const deliver = async (message: JsMsg) => {
    const deliveries = message.info.deliveryCount;
    // Past the limit, the last delivery allowed did not end in an answer (its process stopped, or the
    // event could not be parked then): park it without running the handler again.
    if (deliveries > policy.maxDeliveries)
      return park(message, deliveries, failure('deliveries-exhausted', 'no delivery left'));
    const body = bodyOf(message);
    if (!body.json) return park(message, deliveries, failure('payload-invalid', 'event payload is not JSON'));
    const event: ConsumedEvent = { subject: message.subject, json: () => body.value };
    // Still being handled: the server is told so, rather than delivering it again when the ack wait is up.
    const stillWorking = setInterval(() => message.working(), ackWaitMs / 2);
    try {
      await (await applicationOf(messageIdOf(message), event)).delivery();
      message.ack();
    } catch (error) {
      const code = errorCode(error);
      if (deliveries >= policy.maxDeliveries || code === 'payload-invalid')
        return park(message, deliveries, error as Error);
      onError(error as Error, { subject: message.subject, seq: message.seq, deliveries, parked: false });
      message.nak(redeliveryDelayMs(policy, deliveries));
    } finally {
      clearInterval(stillWorking);
    }
  };

  const consumer = await jetstream(nc).consumers.get(options.stream, options.durable);
  const messages = await consumer.consume({
    expires: 5_000,
    ...(options.takesAtOnce ? { max_messages: options.takesAtOnce } : {}),
  });
  const done = (async () => {
    for await (const message of messages) await deliver(message);
  })();
  const replays = startParkedReplay(db, {
    consumer: options.durable,
    pollMs: options.replayPollMs ?? REPLAY_POLL_MS,
    prepare: async (parked) =>
      (await applicationOf(parked.messageId, { subject: parked.subject, json: () => parked.payload })).replay,
    onFailure: (error, { subject }) => onError(error, { subject, parked: true }),
  });
  return {
    stop: async () => {
      await replays.stop();
      await messages.close();
      await done;
    },
  };
}
