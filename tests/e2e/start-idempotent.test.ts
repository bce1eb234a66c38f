// A retried start never makes a second inspection (issue 13): a start sent with an Idempotency-Key is the
// same inspection however often, and however concurrently, it is sent; the same key with another request
// is refused 422 and stores nothing; and a start whose call to Temporal outlives its deadline (the server
// may have taken it) is answered 503 service-busy with Retry-After, and its retry finds the same inspection.
// A lead's decision sent again with its key is the same Update, taken once.
// The stalled Temporal is a TCP relay of the test's own, as in temporal-unavailable.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionConfig, startInspectionService } from '@yji/inspection';
import {
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  tokenFor,
  useSystem,
} from '../harness/index.ts';
import { relayTo } from '../harness/tcp-relay.ts';

/** A start's body for a youth justice service of its own (its code finds the test's rows). */
function startBody(sampleSize = 4) {
  const body = inspectionBody(FIELDWORK_START_AHEAD, sampleSize);
  const code = `IDEM-${randomUUID().slice(0, 8).toUpperCase()}`;
  return { ...body, yjs: { ...body.yjs, code } };
}

describe('a start sent with an Idempotency-Key', () => {
  const system = useSystem();
  const start = async (body: unknown, key: string, base = system.inspection.url, signal?: AbortSignal) => {
    const response = await fetch(`${base}/api/inspections`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const rowsOf = (yjsCode: string) => system.inspectionDb.inspection.count({ where: { yjsCode } });
  const recorded = (id: string) =>
    eventually(`inspection ${id} to be stored`, async () =>
      (await system.inspectionDb.inspection.findUnique({ where: { id } })) ? true : undefined,
    );

  it('is one inspection, sent twice in turn and three times at once', { timeout: 60_000 }, async () => {
    const [body, key] = [startBody(), randomUUID()];
    const first = await start(body, key);
    const again = await start(body, key);
    const together = await Promise.all([start(body, key), start(body, key), start(body, key)]);
    const answers = [first, again, ...together];
    for (const answer of answers) expect([201, 202]).toContain(answer.status);
    const ids = new Set(answers.map((answer) => answer.body.id));
    expect(ids.size).toBe(1);
    const [id] = ids as Set<string>;
    await recorded(id!);
    expect(await rowsOf(body.yjs.code)).toBe(1);
    const { memo } = await system.temporal.workflow.getHandle(id!).describe();
    expect(Object.values(memo ?? {}).join()).not.toContain(body.yjs.code); // a hash, not the request
  });

  it('refuses the same key with another request, storing nothing new', { timeout: 60_000 }, async () => {
    const [body, key] = [startBody(), randomUUID()];
    const first = await start(body, key);
    await recorded(first.body.id);
    const other = { ...body, yjs: { ...body.yjs, code: `${body.yjs.code}X` } };
    const refused = await start(other, key);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('idempotency-key-reused');
    expect(JSON.stringify(refused.body)).not.toContain(body.yjs.code);
    expect(await rowsOf(other.yjs.code)).toBe(0);
    expect(await rowsOf(body.yjs.code)).toBe(1);
  });

  it('refuses a key that is not a UUID, naming the header', async () => {
    const refused = await start(startBody(), 'not-a-uuid');
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ field: 'headers.idempotency-key' }),
    ]);
    expect(JSON.stringify(refused.body)).not.toContain('not-a-uuid');
  });

  it('a decision sent again with its key is taken once', { timeout: 60_000 }, async () => {
    const { body: started } = await start(startBody(), randomUUID());
    await recorded(started.id);
    const decide = async (path: string, body: unknown, key?: string) => {
      const response = await fetch(`${system.inspection.url}/api/inspections/${started.id}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`,
          'content-type': typeof body === 'string' ? 'text/csv' : 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { seed?: string } };
    };
    expect((await decide('/long-list', longListCsv(FIELDWORK_START_AHEAD, 40))).status).toBe(200);

    // Without a seed each draw picks a fresh one: the same key answers the first draw's.
    const key = randomUUID();
    const [first, again] = [await decide('/sample', {}, key), await decide('/sample', {}, key)];
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.seed).toBe(first.body.seed);
    const another = await decide('/sample', {}, randomUUID());
    expect(another.body.seed).not.toBe(first.body.seed);
  });

  describe('while Temporal stalls', () => {
    let relay: ReturnType<typeof relayTo>;
    let stalling: Awaited<ReturnType<typeof startInspectionService>>;
    beforeAll(async () => {
      relay = relayTo(system.env.TEMPORAL_ADDRESS);
      const relayPort = await relay.open();
      // The system's own task queue: its worker stores what this service starts.
      stalling = await startInspectionService(
        inspectionConfig.parse({
          ...system.env,
          TEMPORAL_ADDRESS: `127.0.0.1:${relayPort}`,
          TEMPORAL_CALL_TIMEOUT_MS: '2000',
        }),
        { logger: false },
      );
    });
    afterAll(async () => {
      await relay?.close();
      await stalling?.stop();
    });

    it(
      'answers 503 service-busy with Retry-After, and a retry once it answers is the same inspection',
      { timeout: 90_000 },
      async () => {
        const [body, key] = [startBody(), randomUUID()];
        relay.stall();
        const busy = await start(body, key, stalling.url, AbortSignal.timeout(15_000));
        expect(busy.status).toBe(503);
        expect(busy.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(busy.body.error).toMatchObject({ code: 'service-busy', details: { safeToRepeat: true } });

        relay.resume(); // what Temporal was sent during the stall reaches it now
        const retried = await start(body, key, stalling.url);
        expect([201, 202]).toContain(retried.status);
        await recorded(retried.body.id);
        expect(await rowsOf(body.yjs.code)).toBe(1);
      },
    );
  });
});
