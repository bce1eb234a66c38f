// Temporal out of reach is a busy service, not a failure of ours: a request that needs it is answered 503
// service-busy with Retry-After, as a busy database is (issue 12), and answered again once it is back.
// The inspection service reaches Temporal through a TCP relay of the test's own, which the test closes:
// the shared Temporal server other work uses is never touched.
// The inspection it starts waits for a worker that never comes, and the service's wait for it stays open:
// the test ends that run first, so no call of the service's is left to fail when the relay closes (a retry
// the Temporal client had scheduled would then throw from its timer once the service's connection was
// closed).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inspectionConfig, startInspectionService } from '@yji/inspection';
import { FIELDWORK_START_AHEAD, inspectionBody, testEnvironment, tokenFor } from '../harness/index.ts';
import { relayTo } from '../harness/tcp-relay.ts';
import { connectTemporal } from '../harness/temporal-client.ts';

const env = testEnvironment('yji-temporal-unavailable');
const relay = relayTo(env.TEMPORAL_ADDRESS);
let relayPort: number;
let startedId: string | undefined;
let inspection: Awaited<ReturnType<typeof startInspectionService>>;
beforeAll(async () => {
  relayPort = await relay.open();
  inspection = await startInspectionService(
    inspectionConfig.parse({ ...env, TEMPORAL_ADDRESS: `127.0.0.1:${relayPort}` }),
    { logger: false },
  );
});
afterAll(async () => {
  try {
    if (startedId) {
      const { connection, temporal } = await connectTemporal(env);
      await temporal.workflow
        .getHandle(startedId)
        .terminate('test finished')
        .finally(() => connection.close());
    }
  } finally {
    await inspection?.stop();
    await relay.close();
  }
});

const startInspection = async () =>
  fetch(`${inspection.url}/api/inspections`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(inspectionBody(FIELDWORK_START_AHEAD, 4)),
  });

it(
  'answers 503 service-busy with Retry-After while Temporal is out of reach',
  { timeout: 120_000 },
  async () => {
    await relay.close();
    const refused = await startInspection();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('service-busy');

    // Back: the same request is taken (202: no worker polls this test's task queue to store it).
    await relay.open(relayPort);
    const taken = await startInspection();
    expect([201, 202]).toContain(taken.status);
    startedId = ((await taken.json()) as { id: string }).id;
  },
);
