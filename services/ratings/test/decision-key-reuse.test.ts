// A panel decision's Idempotency-Key, and the chair's approval's, is for one request: sent again with it, the
// decision is answered as it was first; the same key with another decision (another rating or rationale,
// another standard, another basis) is refused 422 idempotency-key-reused, and nothing changes. Through the real ratings panel workflow and worker.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgePanelRationales, type PanelPack } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { usePanelWorkflowUnderTest } from './panel-workflow-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { chair, inspector } = SERVICE_CALLERS;

describe("a panel decision's Idempotency-Key", () => {
  const { ratings, startPanel } = usePanelWorkflowUnderTest();
  let base: string;
  let inspectionId: string;

  beforeAll(async () => {
    // An inspection with its team, ten approved court cases and its panel workflow running.
    ({ base, inspectionId } = await startPanel());
  });

  const chairConfirms = (standardId: string, version: number, key: Record<string, string>) =>
    ratings().call(chair, 'PUT', `${base}/decisions/${standardId}`, { version, decision: 'confirm' }, key);

  const decisionOn = async (standardId: string) => {
    const pack = (await ratings().call(chair, 'GET', `${base}/pack`)).body as unknown as PanelPack;
    return pack.standards.find(({ id }) => id === standardId)!.decision;
  };

  it('answers the same decision as the first, and refuses another decision under it, changing nothing', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const moved = {
      version: 0,
      decision: 'down',
      to: 'Good',
      rationale: 'Plans were thin in the interviews.',
    };
    const first = await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, moved, key);
    const again = await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, moved, key);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);

    const otherRationale = { ...moved, rationale: 'The safety plans of the sample were sound.' };
    const otherStandard = await ratings().call(inspector, 'PUT', `${base}/decisions/2.2`, moved, key);
    for (const refused of [
      await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, otherRationale, key),
      await ratings().call(
        inspector,
        'PUT',
        `${base}/decisions/2.1`,
        { version: 0, decision: 'confirm' },
        key,
      ),
      otherStandard,
    ]) {
      expect(refused.status).toBe(422);
      expect(refused.body?.error?.code).toBe('idempotency-key-reused');
      expect(refused.text).not.toContain('safety plans');
    }
    expect(await decisionOn('2.1')).toMatchObject({
      decision: 'down',
      rationale: moved.rationale,
      version: 1,
    });
    expect(await decisionOn('2.2')).toBeNull();

    // The key is kept with a hash of its request, never the request.
    const kept = await ratings().db.requestKey.findMany();
    expect(JSON.stringify(kept)).not.toContain('Plans were thin');

    // Another person's same key is theirs: their own decision.
    expect((await chairConfirms('2.2', 0, key)).status).toBe(200);
  });

  it("is refused on the chair's approval when it came with another request, changing nothing", async () => {
    const key = { 'idempotency-key': randomUUID() };
    // A basis the pack never gave: refused as ratings changed, and the key is now this request's.
    const first = await ratings().call(chair, 'POST', `${base}/approval`, { basis: '0'.repeat(64) }, key);
    expect([first.status, first.body?.error?.code]).toEqual([409, 'ratings-changed']);
    const refused = await ratings().call(chair, 'POST', `${base}/approval`, {}, key);
    expect(refused.status).toBe(422);
    expect(refused.body?.error?.code).toBe('idempotency-key-reused');
    // Nor is it a decision's.
    const decision = await chairConfirms('2.2', 1, key);
    expect([decision.status, decision.body?.error?.code]).toEqual([422, 'idempotency-key-reused']);
    expect(await ratings().db.finalRatingSet.count({ where: { inspectionId } })).toBe(0);
  });

  it("goes with the inspection's retention purge: a short rationale's hash could be guessed back", async () => {
    const kept = () => ratings().db.requestKey.count({ where: { inspectionId } });
    expect(await kept()).toBeGreaterThan(0);
    const { removed } = await sendCommand(ratings().nc, purgePanelRationales, { inspectionId });
    expect(removed.RequestKey).toBeGreaterThan(0);
    expect(await kept()).toBe(0);

    // A decision sent with a key after the purge is refused, and its key is not kept: nothing would delete it.
    const late = await chairConfirms('2.3', 0, { 'idempotency-key': randomUUID() });
    expect([late.status, late.body?.error?.code]).toEqual([409, 'inspection-purged']);
    expect(await kept()).toBe(0);
  });
});
