// Reads what is on the event stream for a subject, from the start, without leaving a consumer behind.
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM } from '@yji/contracts';

export async function eventsOn(
  nc: NatsConnection,
  subject: string,
): Promise<{ payload: unknown; msgId: string | undefined }[]> {
  const js = jetstream(nc);
  const consumer = await js.consumers.get(EVENT_STREAM, {
    filter_subjects: subject,
    deliver_policy: DeliverPolicy.All,
  });
  const events: { payload: unknown; msgId: string | undefined }[] = [];
  const pending = (await consumer.info(true)).num_pending;
  if (pending === 0) return events;
  const messages = await consumer.fetch({ max_messages: pending, expires: 2000 });
  for await (const message of messages) {
    events.push({ payload: message.json(), msgId: message.headers?.get('Nats-Msg-Id') });
    if (events.length === pending) break;
  }
  await consumer.delete();
  return events;
}
