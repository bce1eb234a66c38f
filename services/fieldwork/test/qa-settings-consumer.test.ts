// The fieldwork service's copy of each inspection's QA settings against real JetStream: the settings the lead
// set last are kept, by when they were set, whatever order their events arrive in.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, qaSettingsSet } from '@yji/contracts';
import { createDb } from '../src/db.ts';
import { qaSettingsConsumer } from '../src/qa/qa-settings-consumer.ts';
import { useDatabaseAndEventStream } from '../../../tests/harness/database-and-events.ts';

describe('QA settings consumer', () => {
  const components = useDatabaseAndEventStream(createDb, 'yji-fieldwork-qa-settings-test');

  it('keeps the settings set last though an earlier setting arrives after them', async () => {
    const { db, nc } = components();
    const inspectionId = randomUUID();
    const js = jetstream(nc);
    const settings = (seed: string, setAt: string) =>
      js.publish(
        qaSettingsSet.subject,
        JSON.stringify({ inspectionId, policy: { seed }, alertEscalation: null, setAt }),
        { msgID: randomUUID() },
      );
    await settings('set-last', '2026-11-29T10:00:02.000Z');
    const late = await settings('set-first', '2026-11-29T10:00:01.000Z');

    const durable = `fieldwork-qa-settings-test-${randomUUID().slice(0, 8)}`;
    const consumer = await qaSettingsConsumer.start(db, nc, { durable });
    const jsm = await jetstreamManager(nc);
    const deadline = Date.now() + 20_000;
    while ((await jsm.consumers.info(EVENT_STREAM, durable)).ack_floor.stream_seq < late.seq) {
      if (Date.now() > deadline) throw new Error('the consumer did not acknowledge the settings');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await consumer.stop();
    await jsm.consumers.delete(EVENT_STREAM, durable);

    const kept = await db.qaSettings.findUniqueOrThrow({ where: { inspectionId } });
    expect(kept.policy).toMatchObject({ seed: 'set-last' });
    expect(kept.setAt.toISOString()).toBe('2026-11-29T10:00:02.000Z');
  });
});
