// The lead's list of inspections reads each one's phase from Temporal's visibility, and must not depend on
// anything else a run carries: a run whose memo was written under a payload key the services no longer hold
// (a key rotated out, or — as in CI — another test run's key on the same Temporal server) once made the whole
// list answer 500 for everyone on that inspection, because the client's list decoded every memo.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { callerAs, inspectionBody, useSystem } from '../harness/index.ts';
import { connectTemporal } from '../harness/temporal-client.ts';

const system = useSystem();

it('lists an inspection whose newest run carries a memo under a key no longer held', async () => {
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const created = await lead('POST', '/api/inspections', inspectionBody());
  expect(created.status).toBe(201);
  const id = created.body.id as string;

  // The inspection's newest run: one written by a client whose key the services do not hold.
  const rotatedOut = `gone:${randomBytes(32).toString('base64')}`;
  const { connection, temporal } = await connectTemporal({ ...system.env, YJI_PAYLOAD_KEYS: rotatedOut });
  try {
    await temporal.workflow.getHandle(id).terminate('replaced by a run under a key no longer held');
    const stranger = await temporal.workflow.start('aRunOfAnotherKey', {
      workflowId: id,
      taskQueue: `no-worker-${id}`,
      memo: { note: 'written under a key the services do not hold' },
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    });
    try {
      const listed = await lead('GET', '/api/inspections');
      expect(listed.status).toBe(200);
      expect((listed.body.inspections as { id: string }[]).map((inspection) => inspection.id)).toContain(id);
    } finally {
      await stranger.terminate('test finished');
    }
  } finally {
    await connection.close();
  }
});
