// A durable JetStream consumer whose handler takes effect once per message id, however often the message
// is delivered: the effect and the processed-message row commit together (see processOnce).
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import { processOnce, type RawSql, type TransactionalClient } from '@yji/db';

export interface ConsumerOptions<P extends z.ZodType> {
  stream: string;
  /** Durable name; also the key under which processed message ids are remembered. */
  durable: string;
  subjects: string[];
  payload: P;
  handle: (payload: z.output<P>, tx: RawSql, message: JsMsg) => Promise<void>;
  onError?: (error: Error, details: { subject: string; seq: number }) => void;
}

const RETRY_DELAY_MS = 2_000;
const ACK_WAIT_MS = 10_000;

function messageIdOf(message: JsMsg): string {
  return message.headers?.get('Nats-Msg-Id') || `${message.info.stream}:${message.seq}`;
}

export async function startIdempotentConsumer<P extends z.ZodType>(
  db: TransactionalClient,
  nc: NatsConnection,
  options: ConsumerOptions<P>,
) {
  const jsm = await jetstreamManager(nc);
  const config = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    // One subject goes as filter_subject: NATS servers before 2.10 know no filter_subjects.
    ...(options.subjects.length === 1
      ? { filter_subject: options.subjects[0] }
      : { filter_subjects: options.subjects }),
    max_deliver: -1,
    // A message a stopped consumer held is redelivered after this, not after the server's 30 s default.
    ack_wait: nanos(ACK_WAIT_MS),
  };
  // A durable made by an earlier release keeps its position; only its editable settings are brought up to date.
  const existing = await jsm.consumers.info(options.stream, options.durable).catch(() => null);
  if (existing)
    await jsm.consumers.update(options.stream, options.durable, {
      ack_wait: config.ack_wait,
      max_deliver: -1,
    });
  else await jsm.consumers.add(options.stream, config);
  const consumer = await jetstream(nc).consumers.get(options.stream, options.durable);
  const messages = await consumer.consume({ expires: 5_000 });
  const onError = options.onError ?? (() => {});
  const done = (async () => {
    for await (const message of messages) {
      const parsed = options.payload.safeParse(message.json());
      if (!parsed.success) {
        // A payload that cannot be parsed will never parse: stop redelivering it, and say so.
        onError(new Error('event payload does not match its schema'), {
          subject: message.subject,
          seq: message.seq,
        });
        message.term();
        continue;
      }
      try {
        await processOnce(db, options.durable, messageIdOf(message), (tx) =>
          options.handle(parsed.data, tx, message),
        );
        message.ack();
      } catch (error) {
        onError(error as Error, { subject: message.subject, seq: message.seq });
        message.nak(RETRY_DELAY_MS);
      }
    }
  })();
  return {
    stop: async () => {
      await messages.close();
      await done;
    },
  };
}
