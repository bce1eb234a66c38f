// The team read model against real JetStream: a redelivered team event takes effect once. An "added"
// delivered again after the "removed" (its acknowledgement lost, say), or first delivered after it (older by
// the team's clock), must not bring the member back.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, teamMemberAdded, teamMemberRemoved } from '@yji/contracts';
import { startTeamMembershipConsumer } from '@yji/messaging';
import { createDb } from '../src/db.ts';
import { useDatabaseAndEventStream } from '../../../tests/harness/database-and-events.ts';

describe('team membership consumer', () => {
  const components = useDatabaseAndEventStream(createDb, 'yji-fieldwork-team-test');

  /** Runs the consumer until it has acknowledged everything up to `lastSeq`, then stops it. */
  async function consumeUpTo(durable: string, lastSeq: number) {
    const { db, nc } = components();
    const consumer = await startTeamMembershipConsumer(db, nc, { durable });
    const jsm = await jetstreamManager(nc);
    const deadline = Date.now() + 20_000;
    while ((await jsm.consumers.info(EVENT_STREAM, durable)).ack_floor.stream_seq < lastSeq) {
      if (Date.now() > deadline) throw new Error('the consumer did not acknowledge the team events');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await consumer.stop();
  }

  it('applies a redelivered team event once', async () => {
    const { db, nc } = components();
    const membership = { inspectionId: randomUUID(), userId: 'inspector-1', role: 'inspector' as const };
    const js = jetstream(nc);
    const addedId = randomUUID();
    const added = await js.publish(teamMemberAdded.subject, JSON.stringify(membership), { msgID: addedId });
    const removed = await js.publish(teamMemberRemoved.subject, JSON.stringify(membership), {
      msgID: randomUUID(),
    });
    const durable = `fieldwork-team-test-${randomUUID().slice(0, 8)}`;
    const members = () => db.teamMembership.findMany({ where: { inspectionId: membership.inspectionId } });

    await consumeUpTo(durable, removed.seq);
    expect(await members()).toEqual([]);

    // The durable is made again under the same name, so JetStream delivers the team events again with
    // their message ids; the "removed" is taken off the stream first, so the "added" arrives after it.
    const jsm = await jetstreamManager(nc);
    await jsm.streams.deleteMessage(EVENT_STREAM, removed.seq);
    await jsm.consumers.delete(EVENT_STREAM, durable);
    await consumeUpTo(durable, added.seq);
    expect(await members()).toEqual([]);
    expect(await db.processedMessage.count({ where: { consumer: durable, messageId: addedId } })).toBe(1);

    await jsm.consumers.delete(EVENT_STREAM, durable);
  });

  it('applies no change older than the last it applied for the membership, whatever order they arrive in', async () => {
    const { db, nc } = components();
    const membership = { inspectionId: randomUUID(), userId: 'inspector-2', role: 'inspector' as const };
    const js = jetstream(nc);
    const publish = (subject: string, changedAt: string) =>
      js.publish(subject, JSON.stringify({ ...membership, changedAt }), { msgID: randomUUID() });
    // The removal arrives first; the addition it undid, delivered late (a retry's delay, another replica).
    await publish(teamMemberRemoved.subject, '2026-11-29T10:00:02.000Z');
    const late = await publish(teamMemberAdded.subject, '2026-11-29T10:00:01.000Z');
    const durable = `fieldwork-team-test-${randomUUID().slice(0, 8)}`;
    const members = () => db.teamMembership.findMany({ where: { inspectionId: membership.inspectionId } });
    await consumeUpTo(durable, late.seq);
    expect(await members()).toEqual([]);

    // Added again later: taken.
    const again = await publish(teamMemberAdded.subject, '2026-11-29T10:00:03.000Z');
    await jetstreamManager(nc).then((jsm) => jsm.consumers.delete(EVENT_STREAM, durable));
    await consumeUpTo(durable, again.seq);
    expect(await members()).toEqual([
      {
        inspectionId: membership.inspectionId,
        userId: 'inspector-2',
        role: 'inspector',
        since: expect.any(Date),
      },
    ]);
    await (await jetstreamManager(nc)).consumers.delete(EVENT_STREAM, durable);
  });

  it('keeps a member who was added and not removed', async () => {
    const { db, nc } = components();
    const membership = { inspectionId: randomUUID(), userId: 'lead-1', role: 'lead-inspector' as const };
    const added = await jetstream(nc).publish(teamMemberAdded.subject, JSON.stringify(membership), {
      msgID: randomUUID(),
    });
    const durable = `fieldwork-team-test-${randomUUID().slice(0, 8)}`;
    await consumeUpTo(durable, added.seq);
    expect(await db.teamMembership.findMany({ where: { inspectionId: membership.inspectionId } })).toEqual([
      { ...membership, since: expect.any(Date) },
    ]);
    await (await jetstreamManager(nc)).consumers.delete(EVENT_STREAM, durable);
  });
});
