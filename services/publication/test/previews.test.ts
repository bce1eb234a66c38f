// The embargoed previews a person is named for, listed for their home page: the reports scheduled and not yet
// published whose schedule names them, by inspection and youth justice service; nobody else's, none before
// the scheduling or after the publication, and each listing in the audit trail. The preview itself opens to a
// named person until the publication.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PreviewList } from '@yji/contracts';
import { approvedSet, eventually, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, yjs } = SERVICE_CALLERS;
// Named for the embargoed previews, and not on the team.
const press = { userId: 'inspector-3', roles: ['inspector'] } as const;

describe('the embargoed previews a person is named for', () => {
  const { publication, inspections } = usePublicationUnderTest();

  /** A report of a new inspection, its schedule as the publication workflow would have stored it. */
  async function report(schedule: { publishAt: Date | null; publishedAt?: Date; embargoViewers: string[] }) {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    await publication().joinTeam(inspectionId, lead.userId, 'lead-inspector');
    await publication().approve(approvedSet(inspectionId));
    await eventually(() => publication().db.report.findUnique({ where: { inspectionId } }));
    await publication().db.report.update({ where: { inspectionId }, data: schedule });
    return inspectionId;
  }

  const listedTo = async (as: typeof press | typeof lead | typeof yjs, ids: readonly string[]) => {
    const listed = await publication().call(as, 'GET', '/api/publication/previews');
    expect(listed.status).toBe(200);
    // Other tests' reports may name the same people: these only.
    return (listed.body as unknown as PreviewList).previews.filter(({ inspectionId }) =>
      ids.includes(inspectionId),
    );
  };

  it('lists the reports scheduled, not yet published, that name the person, each listing audited', async () => {
    const soon = new Date(Date.now() + 3_600_000);
    const named = await report({ publishAt: soon, embargoViewers: [press.userId] });
    await publication().db.inspectedService.create({
      data: { inspectionId: named, yjsCode: 'WM01', yjsName: 'Westmoor Youth Justice Service' },
    });
    const unscheduled = await report({ publishAt: null, embargoViewers: [press.userId] });
    const published = await report({
      publishAt: soon,
      publishedAt: new Date(),
      embargoViewers: [press.userId],
    });
    const others = await report({ publishAt: soon, embargoViewers: ['inspector-2'] });
    const ids = [named, unscheduled, published, others];

    expect(await listedTo(press, ids)).toEqual([
      { inspectionId: named, yjs: { code: 'WM01', name: 'Westmoor Youth Justice Service' } },
    ]);
    expect(await listedTo(lead, ids)).toEqual([]);
    expect(await listedTo(yjs, ids)).toEqual([]);
    const audit = await publication().db.auditEntry.findMany({
      where: { inspectionId: { in: ids }, action: 'preview.listed' },
    });
    expect(audit.map(({ actorId, entityId }) => [actorId, entityId])).toEqual([[press.userId, named]]);
  });

  it('opens the preview to a named person until the publication, and not after', async () => {
    const soon = new Date(Date.now() + 3_600_000);
    const waiting = await report({ publishAt: soon, embargoViewers: [press.userId] });
    const published = await report({
      publishAt: soon,
      publishedAt: new Date(),
      embargoViewers: [press.userId],
    });
    const preview = (id: string) =>
      publication().call(press, 'GET', `/api/publication/inspections/${id}/preview`);
    expect((await preview(waiting)).status).toBe(200);
    expect((await preview(published)).status).toBe(404);
  });
});
