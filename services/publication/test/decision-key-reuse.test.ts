// A lead inspector's decision's Idempotency-Key — sending the draft for the factual accuracy check, scheduling
// the publication — is for one request: sent again with it, the decision is answered as it was first; the same
// key with another request (another deadline, time or embargo, another inspection, the other decision) is
// refused 422 idempotency-key-reused, and nothing changes. The key is kept with a hash of its request, which
// the inspection's retention purge deletes. Through the real publication workflow and worker.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeFactualCheck, type FactualCheckView, type ScheduleView } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { publicationStateQuery, publicationWorkflowId } from '@yji/workflows';
import { eventually, reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead } = SERVICE_CALLERS;
// Someone named for the embargoed preview, whose user id the key's row must not hold.
const press = 'inspector-3';

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe("a lead inspector's decision's Idempotency-Key", () => {
  const { publication, inspectionWithReport } = usePublicationUnderTest({ worker: true });

  /** A new inspection of the lead's whose report's first version is saved (version 1, to send). */
  async function reportDrafted() {
    const { inspectionId } = await inspectionWithReport([[lead.userId, 'lead-inspector']]);
    const base = `/api/publication/inspections/${inspectionId}`;
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(200);
    return { inspectionId, base };
  }

  let inspectionId: string;
  let base: string;
  const checkKey = { 'idempotency-key': randomUUID() };
  const keysOf = (id: string) => publication().db.requestKey.findMany({ where: { inspectionId: id } });

  it('answers the check sent again as the first, and refuses another request under it, changing nothing', async () => {
    ({ inspectionId, base } = await reportDrafted());
    // Soon, so that the check closes for the schedule below; not so soon that it has passed by the time the
    // repeat is sent on a busy machine (a deadline past is refused 400, repeat or not).
    const check = { version: 1, deadline: inMs(15_000) };
    const sent = await publication().call(lead, 'POST', `${base}/factual-check`, check, checkKey);
    const again = await publication().call(lead, 'POST', `${base}/factual-check`, check, checkKey);
    expect([sent.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(sent.body);

    const other = await reportDrafted();
    for (const refused of [
      await publication().call(
        lead,
        'POST',
        `${base}/factual-check`,
        { version: 1, deadline: inMs(86_400_000) },
        checkKey,
      ),
      await publication().call(
        lead,
        'POST',
        `${base}/factual-check`,
        { version: 1, workingDays: 5 },
        checkKey,
      ),
      await publication().call(lead, 'POST', `${other.base}/factual-check`, check, checkKey),
    ]) {
      expect(refused.status).toBe(422);
      expect(refused.body?.error?.code).toBe('idempotency-key-reused');
    }
    const stored = (await publication().call(lead, 'GET', `${base}/factual-check`))
      .body as unknown as FactualCheckView;
    expect(stored.deadline).toBe(check.deadline);
    expect((await publication().call(lead, 'GET', `${other.base}/factual-check`)).status).toBe(404);

    // The key is kept with a hash of its request, never the request; on the inspection it first came with.
    const [kept, ...more] = await keysOf(inspectionId);
    expect(more).toEqual([]);
    expect(kept!.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(kept)).not.toContain(check.deadline);
    expect(await keysOf(other.inspectionId)).toEqual([]);
  });

  it('answers a schedule set again as the first, and refuses another request under it, changing nothing', async () => {
    const handle = publication().temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'revising', 30_000);
    const key = { 'idempotency-key': randomUUID() };
    const schedule = { version: 0, publishAt: inMs(3_600_000), embargo: [press] };
    const set = await publication().call(lead, 'PUT', `${base}/schedule`, schedule, key);
    const again = await publication().call(lead, 'PUT', `${base}/schedule`, schedule, key);
    expect([set.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(set.body);

    for (const refused of [
      await publication().call(lead, 'PUT', `${base}/schedule`, { ...schedule, embargo: [] }, key),
      await publication().call(
        lead,
        'PUT',
        `${base}/schedule`,
        { ...schedule, publishAt: inMs(7_200_000) },
        key,
      ),
      // The check's key on the schedule: another decision.
      await publication().call(lead, 'PUT', `${base}/schedule`, schedule, checkKey),
    ]) {
      expect(refused.status).toBe(422);
      expect(refused.body?.error?.code).toBe('idempotency-key-reused');
    }
    const stored = (await publication().call(lead, 'GET', `${base}/schedule`))
      .body as unknown as ScheduleView;
    expect(stored).toMatchObject({ version: 1, publishAt: schedule.publishAt, embargo: [press] });
    const kept = await keysOf(inspectionId);
    expect(kept).toHaveLength(2);
    expect(JSON.stringify(kept)).not.toContain(press);
  });

  it("goes with the inspection's retention purge", async () => {
    expect(await keysOf(inspectionId)).toHaveLength(2);
    const { removed } = await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });
    expect(removed.RequestKey).toBe(2);
    expect(await keysOf(inspectionId)).toEqual([]);
  });
});
