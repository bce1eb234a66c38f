// A lead inspector's decision sent with an Idempotency-Key is that one request's: sent again, it is answered as
// it was first and taken once; the same key with another request (another case, another assessor, another
// reason, another mode, another long-list file) is refused 422 idempotency-key-reused, and nothing changes.
// Through the real services, worker and workflows. The inspection's retention purge takes its keys with it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeInspectionCases } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import {
  callerAs,
  decidingAs,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionInSampling,
  longListCsv,
  PATIENT_DECISIONS,
  sampledInspection,
  tokenFor,
  TWO_INSPECTORS,
  useSystem,
} from '../../../tests/harness/index.ts';

describe("a lead's decision and its Idempotency-Key", () => {
  // A decision waits for its outcome, so each answer here is the decision's, never a 202.
  const system = useSystem({ env: PATIENT_DECISIONS });
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);

  /** The lead's request with `key` as its Idempotency-Key; the answer's text too, for what it must not say. */
  const sendKeyed = async (method: string, path: string, body: unknown, key: string) => {
    const response = await fetch(`${system.inspection.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as Record<string, any>, text }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const expectReuseRefused = (refused: Awaited<ReturnType<typeof sendKeyed>>, unsaid: string) => {
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('idempotency-key-reused');
    expect(refused.text).not.toContain(unsaid);
  };

  /** The lead's long-list upload of `csv` with `key` as its Idempotency-Key. */
  const uploadKeyed = async (path: string, csv: string, key: string) => {
    const response = await fetch(`${system.inspection.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`,
        'content-type': 'text/csv',
        'idempotency-key': key,
      },
      body: csv,
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as Record<string, any>, text }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  /** An inspection with its team and long list, its sample of two drawn. */
  const sampled = () =>
    sampledInspection(lead, { team: TWO_INSPECTORS, sampleSize: 2, seed: 'decision-key-reuse' });

  it('excludes a case once under its key, and refuses another case or reason under it', async () => {
    const { id, at, selected } = await sampled();
    const [first, second] = selected as [string, string];
    const key = randomUUID();
    const exclusion = { caseRef: first, reason: 'Moved to another youth justice service in the period.' };
    const excluded = await sendKeyed('POST', at('/sample/exclusions'), exclusion, key);
    const again = await sendKeyed('POST', at('/sample/exclusions'), exclusion, key);
    expect([excluded.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(excluded.body);

    const otherReason = 'Recorded twice on the long list.';
    expectReuseRefused(
      await sendKeyed('POST', at('/sample/exclusions'), { ...exclusion, caseRef: second }, key),
      second,
    );
    expectReuseRefused(
      await sendKeyed('POST', at('/sample/exclusions'), { ...exclusion, reason: otherReason }, key),
      otherReason,
    );

    const sample = (await lead('GET', at('/sample'))).body;
    expect(sample.excluded).toEqual([expect.objectContaining({ caseRef: first, reason: exclusion.reason })]);
    expect(sample.selected.map(({ caseRef }: { caseRef: string }) => caseRef)).toContain(second);
    // The key is kept with a hash of its request, never the request; a short reason's hash could be guessed
    // back, so the inspection's retention purge removes its keys.
    expect(JSON.stringify(await system.inspectionDb.requestKey.findMany())).not.toContain(exclusion.reason);
    const keys = () => system.inspectionDb.requestKey.count({ where: { inspectionId: id } });
    expect(await keys()).toBe(1);
    const { removed } = await sendCommand(system.nc, purgeInspectionCases, { inspectionId: id });
    expect([removed.RequestKey, await keys()]).toEqual([1, 0]);
  });

  it('assigns once under its key, and refuses another assessor, case or mode under it', async () => {
    const { id, at, selected } = await sampled();
    await decidingAs(lead)('POST', at('/sample/confirm'));
    const assigned = () =>
      system.inspectionDb.sampledCase.findMany({
        where: { inspectionId: id },
        orderBy: { caseRef: 'asc' },
        select: { caseRef: true, assigneeId: true },
      });
    await eventually('every confirmed case recorded', async () =>
      (await assigned()).length === selected.length ? true : undefined,
    );
    const [first, second] = selected as [string, string];

    const key = randomUUID();
    const manual = (caseRef: string, assigneeId: string) => ({
      mode: 'manual',
      assignments: [{ caseRef, assigneeId }],
    });
    const done = await sendKeyed('POST', at('/assignments'), manual(first, 'inspector-1'), key);
    const again = await sendKeyed('POST', at('/assignments'), manual(first, 'inspector-1'), key);
    expect([done.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(done.body);
    const before = await assigned();

    for (const other of [manual(first, 'inspector-2'), manual(second, 'inspector-1'), { mode: 'auto' }])
      expectReuseRefused(await sendKeyed('POST', at('/assignments'), other, key), 'inspector-2');
    expect(await assigned()).toEqual(before);
    expect(before).toContainEqual({ caseRef: first, assigneeId: 'inspector-1' });
    expect(before).toContainEqual({ caseRef: second, assigneeId: null });

    // The same key on another route is another request too.
    expectReuseRefused(
      await sendKeyed('POST', at('/sample/exclusions'), { caseRef: second, reason: 'Not open.' }, key),
      second,
    );
    expect(await assigned()).toEqual(before);
  });

  it('uploads a long list once under its key, and refuses another file under it, staging nothing', async () => {
    const { id, at } = await inspectionInSampling(lead);
    const lists = () =>
      system.inspectionDb.longList.findMany({
        where: { inspectionId: id },
        orderBy: { uploadedAt: 'asc' },
        select: { id: true, rowCount: true, activatedAt: true },
      });
    const caseRows = async () =>
      system.inspectionDb.longListCase.count({
        where: { longListId: { in: (await lists()).map((list) => list.id) } },
      });
    const key = randomUUID();
    const file = longListCsv(FIELDWORK_START_AHEAD, 20);
    const uploaded = await uploadKeyed(at('/long-list'), file, key);
    const again = await uploadKeyed(at('/long-list'), file, key);
    expect([uploaded.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(uploaded.body);
    expect(uploaded.body.rows).toBe(20);
    const before = await lists();
    expect(before.map(({ id: listId }) => listId)).toHaveLength(2);
    expect(before[1]).toMatchObject({ id: uploaded.body.longListId, activatedAt: expect.any(Date) });

    // Another file under the key, however alike (one row more, one row changed), is another request.
    const oneMore = longListCsv(FIELDWORK_START_AHEAD, 21);
    const oneChanged = file.replace('C0001,', 'C9999,');
    expect(oneChanged).not.toBe(file);
    for (const other of [oneMore, oneChanged])
      expectReuseRefused(await uploadKeyed(at('/long-list'), other, key), 'C9999');
    // The current list is the first upload's, and nothing of the other files was staged or is left behind.
    expect(await lists()).toEqual(before);
    expect(await caseRows()).toBe(40 + 20);
    const current = await system.inspectionDb.longList.findFirst({
      where: { inspectionId: id, activatedAt: { not: null } },
      orderBy: { activatedAt: 'desc' },
    });
    expect(current?.id).toBe(uploaded.body.longListId);

    // The key is the inspection's: its retention purge deletes it.
    const keys = () => system.inspectionDb.requestKey.count({ where: { inspectionId: id } });
    expect(await keys()).toBe(1);
    const { removed } = await sendCommand(system.nc, purgeInspectionCases, { inspectionId: id });
    expect([removed.RequestKey, await keys()]).toEqual([1, 0]);
  });
});
