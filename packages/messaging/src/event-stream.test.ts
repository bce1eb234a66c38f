// The event stream's max_age (EVENT_RETENTION_MS) on a nats-server of this test's own: a new stream gets the
// one named (or the default), an existing one is brought to it in place, events and all, and a process that
// names none leaves it as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { EVENT_STREAM, eventSubjects } from '@yji/contracts';
import { connectNats, type NatsConnection } from './connection.ts';
import {
  DEFAULT_EVENT_RETENTION_MS,
  DUPLICATE_WINDOW_MS,
  ensureEventStream,
  ensureStream,
  streamMaxAgeMs,
} from './event-stream.ts';
import { freePort, natsServer } from './nats-server.testing.ts';
import { sleep } from './sql-under-test.testing.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let server: ChildProcess;
let storeDir: string;
let nc: NatsConnection;

beforeAll(async () => {
  storeDir = mkdtempSync(join(tmpdir(), 'yji-stream-nats-'));
  const port = await freePort();
  server = spawn(natsServer(), ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: 'ignore',
  });
  for (let tries = 0; !nc; tries++) {
    try {
      nc = await connectNats(`nats://127.0.0.1:${port}`, 'yji-stream-test');
    } catch (error) {
      if (tries > 100) throw error;
      await sleep(100);
    }
  }
}, 60_000);

afterAll(async () => {
  await nc?.close();
  server?.kill('SIGKILL');
  rmSync(storeDir, { recursive: true, force: true });
});

beforeEach(async () => {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete(EVENT_STREAM).catch(() => false);
});

const info = async () => (await jetstreamManager(nc)).streams.info(EVENT_STREAM);

describe('the event stream', () => {
  it('is made with the max_age named, and brought to another in place, keeping its events', async () => {
    await ensureEventStream(nc, { maxAgeMs: 30 * DAY_MS });
    expect((await info()).config.max_age).toBe(nanos(30 * DAY_MS));
    expect(await streamMaxAgeMs(nc, EVENT_STREAM)).toBe(30 * DAY_MS);
    const subject = eventSubjects[0]!.replace('>', 'happened');
    await jetstream(nc).publish(subject, '{}', { msgID: 'kept-across-the-change' });

    await ensureEventStream(nc, { maxAgeMs: 7 * DAY_MS });
    const changed = await info();
    expect(changed.config.max_age).toBe(nanos(7 * DAY_MS));
    expect(changed.config.duplicate_window).toBe(nanos(DUPLICATE_WINDOW_MS));
    expect(changed.state.messages).toBe(1);
  });

  it('gives a stream made before max_age existed (keeping events for ever) the one named', async () => {
    await ensureStream(nc, { name: EVENT_STREAM, subjects: eventSubjects });
    expect(await streamMaxAgeMs(nc, EVENT_STREAM)).toBe(0);
    await ensureEventStream(nc, { maxAgeMs: 90 * DAY_MS });
    expect(await streamMaxAgeMs(nc, EVENT_STREAM)).toBe(90 * DAY_MS);
  });

  it('made by a process that names none, keeps events 90 days; an existing one keeps its own', async () => {
    expect(DEFAULT_EVENT_RETENTION_MS).toBe(90 * DAY_MS);
    await ensureEventStream(nc);
    expect(await streamMaxAgeMs(nc, EVENT_STREAM)).toBe(DEFAULT_EVENT_RETENTION_MS);
    await ensureEventStream(nc, { maxAgeMs: 14 * DAY_MS });
    await ensureEventStream(nc);
    expect(await streamMaxAgeMs(nc, EVENT_STREAM)).toBe(14 * DAY_MS);
  });

  it('is refused a max_age shorter than its de-duplication window by the server', async () => {
    await expect(ensureEventStream(nc, { maxAgeMs: DUPLICATE_WINDOW_MS - 1 })).rejects.toThrow(
      /duplicates window can not be larger then max age/,
    );
  });
});
