// The long list's edge: a list staged long ago and never made current (half staged when a process stopped,
// or refused after its request answered 202) is removed at the next upload, its rows with it; a disposal
// type the inspection's frameworks do not assess is refused at upload, naming the line and the column; a
// body that is not CSV is refused whatever its shape, as no rule of the list has read it; a sample with no
// case (nothing on the list in the sampling windows) is not confirmed, so a list that has some can follow; an
// upload sent again under its Idempotency-Key is answered with the list the first made current, kept once.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  callersOf,
  daysAfter,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  startInspection,
  tokenFor,
  useSystem,
} from '../harness/index.ts';

describe('the long list edge', () => {
  const system = useSystem();
  const { lead } = callersOf(system);

  /** A list staged `minutesAgo` with two rows, never activated, as a stopped upload leaves it. */
  const staged = async (inspectionId: string, minutesAgo: number) => {
    const id = randomUUID();
    await system.inspectionDb.longList.create({
      data: {
        id,
        inspectionId,
        uploadedBy: 'lead-1',
        rowCount: 5,
        uploadedAt: new Date(Date.now() - minutesAgo * 60_000),
      },
    });
    await system.inspectionDb.longListCase.createMany({
      data: ['H0001', 'H0002'].map((caseRef) => ({
        longListId: id,
        caseRef,
        disposalType: 'referral_order',
        disposalStart: new Date('2026-10-01'),
        caseManager: 'CM01',
        gender: 'Female',
        ethnicity: 'White',
        safetyWellbeing: 'low',
        riskOfSeriousHarm: 'low',
      })),
    });
    return id;
  };

  it('removes lists staged over an hour ago and never made current at the next upload', async () => {
    const id = await startInspection(lead, inspectionBody());
    const abandoned = await staged(id, 120);
    const recent = await staged(id, 5);

    const uploaded = await lead(
      'POST',
      `/api/inspections/${id}/long-list`,
      longListCsv(FIELDWORK_START_AHEAD, 20),
    );
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);

    const lists = await system.inspectionDb.longList.findMany({ where: { inspectionId: id } });
    expect(lists.map((list) => list.id).sort()).toEqual([recent, uploaded.body.longListId].sort());
    expect(await system.inspectionDb.longListCase.count({ where: { longListId: abandoned } })).toBe(0);
    expect(await system.inspectionDb.longListCase.count({ where: { longListId: recent } })).toBe(2);
  });

  it("refuses a disposal type the inspection's frameworks do not assess, naming the line, and stores nothing", async () => {
    // A 2016 inspection assesses court disposals only (002; docs/domain.md §2).
    const id = await startInspection(lead, {
      ...inspectionBody(),
      frameworks: {
        courtDisposals: 'fji-sqs-2016',
        outOfCourt: 'none',
        standards: 'none',
        programme: { name: 'sqs' },
      },
    });

    // Rows 4 and 5 (lines 5 and 6) of the harness's list are out-of-court disposals.
    const refused = await lead(
      'POST',
      `/api/inspections/${id}/long-list`,
      longListCsv(FIELDWORK_START_AHEAD, 5),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('long-list-invalid');
    expect(refused.body.error.details).toEqual([
      { line: 5, reason: expect.stringMatching(/^disposal_type must be one of: referral_order, /) },
      { line: 6, reason: expect.stringMatching(/^disposal_type must be one of: referral_order, /) },
    ]);
    // The refusal names the column and what it takes, never the value sent.
    expect(JSON.stringify(refused.body)).not.toMatch(/youth_conditional_caution|other_oocd/);
    expect(await system.inspectionDb.longList.count({ where: { inspectionId: id } })).toBe(0);
  });

  it('refuses a list sent as JSON in the shape the CSV reading makes, and stores nothing', async () => {
    const id = await startInspection(lead, inspectionBody());
    const forged = {
      ok: true,
      rows: 1,
      batches: [{ rows: 1, columns: [['Jane Smith'], ['a disposal no rule took']] }],
    };
    const refused = await lead('POST', `/api/inspections/${id}/long-list`, forged);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid-request');
    expect(refused.body.error.details).toEqual([
      { field: 'body', message: 'the long list is sent as text/csv' },
    ]);
    expect(JSON.stringify(refused.body)).not.toMatch(/Jane Smith/);
    expect(await system.inspectionDb.longList.count({ where: { inspectionId: id } })).toBe(0);
  });

  it('confirms no sample without a case, and takes a list with eligible cases after it', async () => {
    const id = await startInspection(lead, inspectionBody());
    const at = (path: string) => `/api/inspections/${id}${path}`;
    // Every disposal over two years before fieldwork: outside both sampling windows.
    const stale = longListCsv(daysAfter(FIELDWORK_START_AHEAD, -800), 5);
    expect((await lead('POST', at('/long-list'), stale)).status).toBe(200);
    const drawn = await lead('POST', at('/sample'), { seed: 'empty' });
    expect(drawn.status).toBe(200);
    expect(drawn.body.selected).toEqual([]);

    const refused = await lead('POST', at('/sample/confirm'));
    expect([refused.status, refused.body.error.code]).toEqual([409, 'empty-sample']);
    expect(await system.inspectionDb.sampledCase.count({ where: { inspectionId: id } })).toBe(0);

    expect((await lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 20))).status).toBe(200);
    expect((await lead('POST', at('/sample'), { seed: 'eligible' })).body.selected).toHaveLength(4);
    expect((await lead('POST', at('/sample/confirm'))).status).toBe(200);
  });

  it('answers an upload sent again under its Idempotency-Key with the list the first made current, kept once', async () => {
    const id = await startInspection(lead, inspectionBody());
    const token = await tokenFor('lead-1', ['lead-inspector']);
    const key = randomUUID();
    const upload = async () => {
      const response = await fetch(`${system.inspection.url}/api/inspections/${id}/long-list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'idempotency-key': key },
        body: longListCsv(FIELDWORK_START_AHEAD, 20),
      });
      return {
        status: response.status,
        body: (await response.json()) as { longListId: string; rows: number },
      };
    };
    const first = await upload();
    const again = await upload();
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    const lists = await system.inspectionDb.longList.findMany({ where: { inspectionId: id } });
    expect(lists.map((list) => list.id)).toEqual([first.body.longListId]);
  });
});
