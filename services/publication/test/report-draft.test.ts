// The publication service on the real PostgreSQL, NATS and Temporal: approved final ratings from the ratings
// service's events become the report's ratings once however often they are delivered, start the publication
// workflow once, and a correction replaces them until publication; the lead inspector's versions of the
// report's text are all kept, a stale save is refused, and only the lead inspector on the team reaches them.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReportDraftView, ReportVersionsView } from '@yji/contracts';
import { PUBLICATION_WORKFLOW, publicationWorkflowId } from '@yji/workflows';
import { approvedSet, eventually, reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, inspector } = SERVICE_CALLERS;
const otherLead = { userId: 'lead-2', roles: ['lead-inspector'] } as const;

describe('the report drafted from the approved final ratings', () => {
  const { publication, sql, inspections, inspectionWithReport } = usePublicationUnderTest();

  /** An inspection of the lead and an inspector, its report drafted from a set delivered as `msgID`. */
  async function inspectionWithRatings() {
    const msgID = randomUUID();
    const { inspectionId, set } = await inspectionWithReport(
      [
        [lead.userId, 'lead-inspector'],
        [inspector.userId, 'inspector'],
      ],
      msgID,
    );
    return { inspectionId, set, msgID, base: `/api/publication/inspections/${inspectionId}` };
  }

  it('keeps an approved set once however often it is delivered, and starts one publication workflow', async () => {
    const { inspectionId, set, msgID } = await inspectionWithRatings();
    // The same row published again is stored once by the stream; the same set under another message id
    // (another outbox row) reaches the consumer and changes nothing.
    expect((await publication().approve(set, msgID)).duplicate).toBe(true);
    await publication().approve(set);
    await eventually(
      async () =>
        (
          await sql().query(
            `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "inspectionId" = $1 AND action = 'ratings.received'`,
            [inspectionId],
          )
        ).rows[0].n === 2,
    );
    expect(await publication().db.approvedRatingSet.count({ where: { inspectionId } })).toBe(1);
    expect(await publication().db.report.findUnique({ where: { inspectionId } })).toMatchObject({
      ratingsSetId: set.setId,
      publishedAt: null,
    });
    const handle = publication().temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    const description = await handle.describe();
    expect(description.type).toBe(PUBLICATION_WORKFLOW);
    expect(description.status.name).toBe('RUNNING');
    const runs = publication().temporal.workflow.list({
      query: `WorkflowId = "${publicationWorkflowId(inspectionId)}"`,
    });
    let count = 0;
    for await (const _run of runs) count += 1;
    expect(count).toBe(1);
  });

  it('shows a correction in place of the set it supersedes, whichever arrives first, and keeps both', async () => {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    await publication().joinTeam(inspectionId, lead.userId, 'lead-inspector');
    const first = approvedSet(inspectionId, { approvedAt: '2026-11-01T10:00:00.000Z' });
    const correction = approvedSet(
      inspectionId,
      { supersedes: first.setId, approvedAt: '2026-11-02T10:00:00.000Z', overall: 'Requires improvement' },
      { '2.1': 'Requires improvement' },
    );
    await publication().approve(correction);
    await publication().approve(first);
    await eventually(
      async () => (await publication().db.approvedRatingSet.count({ where: { inspectionId } })) === 2,
    );
    const draft = await publication().call(lead, 'GET', `/api/publication/inspections/${inspectionId}/draft`);
    expect(draft.status).toBe(200);
    const view = draft.body as unknown as ReportDraftView;
    expect(view.ratings.setId).toBe(correction.setId);
    expect(view.ratings.standards.find(({ id }) => id === '2.1')?.finalRating).toBe('Requires improvement');
    expect(view.version).toBe(0);
  });

  it('never changes the ratings of a published report', async () => {
    const { inspectionId, set, base } = await inspectionWithRatings();
    await sql().query('UPDATE "Report" SET "publishedAt" = now() WHERE "inspectionId" = $1', [inspectionId]);
    const late = approvedSet(inspectionId, { supersedes: set.setId }, { '1.1': 'Inadequate' });
    await publication().approve(late);
    await eventually(
      async () => (await publication().db.approvedRatingSet.count({ where: { inspectionId } })) === 2,
    );
    expect((await publication().db.report.findUniqueOrThrow({ where: { inspectionId } })).ratingsSetId).toBe(
      set.setId,
    );
    const refused = await publication().call(lead, 'PUT', `${base}/draft`, reportText(0));
    expect(refused.status).toBe(409);
    expect(refused.body?.error?.code).toBe('not-allowed-now');
  });

  it('keeps every version of the text, refuses a stale save and findings for a standard not rated', async () => {
    const { inspectionId, set, base } = await inspectionWithRatings();
    const first = await publication().call(lead, 'PUT', `${base}/draft`, reportText(0));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, editedBy: 'lead-1', ratings: { setId: set.setId } });
    const second = await publication().call(lead, 'PUT', `${base}/draft`, reportText(1, 'Revised overview.'));
    expect(second.status).toBe(200);

    const stale = await publication().call(lead, 'PUT', `${base}/draft`, reportText(1, 'Lost update.'));
    expect(stale.status).toBe(409);
    expect(stale.body?.error?.code).toBe('stale-version');
    expect(stale.body?.error?.message).toContain('current version 2');

    const unrated = await publication().call(lead, 'PUT', `${base}/draft`, {
      ...reportText(2),
      findings: [
        { standardId: '2.5', strengths: 'x', areasForImprovement: 'y' },
        { standardId: '1.1', strengths: 'x', areasForImprovement: 'y' },
        { standardId: '1.1', strengths: 'x', areasForImprovement: 'y' },
      ],
    });
    expect(unrated.status).toBe(422);
    expect(unrated.body?.error?.code).toBe('draft-invalid');
    expect(unrated.body?.error?.details).toEqual([
      { field: 'findings[0].standardId', message: 'the approved ratings do not rate this standard' },
      { field: 'findings[2].standardId', message: 'the standard has findings earlier in the list' },
    ]);

    const versions = await publication().call(lead, 'GET', `${base}/draft/versions`);
    expect(
      (versions.body as unknown as ReportVersionsView).map(({ version, overview }) => [version, overview]),
    ).toEqual([
      [2, 'Revised overview.'],
      [1, 'The service knows its children well.'],
    ]);
    const latest = await publication().call(lead, 'GET', `${base}/draft`);
    expect(latest.body).toMatchObject({ version: 2, overview: 'Revised overview.' });

    await expect(
      sql().query('UPDATE "ReportDraft" SET overview = $2 WHERE "inspectionId" = $1', [inspectionId, 'x']),
    ).rejects.toThrow(/append-only/);
    const audit = await sql().query(
      'SELECT action, details FROM "AuditEntry" WHERE "inspectionId" = $1 ORDER BY at',
      [inspectionId],
    );
    expect(audit.rows.map(({ action }) => action)).toEqual([
      'ratings.received',
      'draft.saved',
      'draft.saved',
      'report.read',
      'report.read',
    ]);
    // Ids and counts only: the text is never in the audit log.
    expect(JSON.stringify(audit.rows)).not.toContain('Revised overview');
  });

  it('answers only the lead inspector on the team: others on it 403, anyone else as if it did not exist', async () => {
    const { base } = await inspectionWithRatings();
    expect((await publication().call(inspector, 'GET', `${base}/draft`)).status).toBe(403);
    expect((await publication().call(otherLead, 'GET', `${base}/draft`)).status).toBe(404);
    expect((await publication().call(otherLead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(404);
    // A lead inspector on the team of an inspection without approved ratings: no report yet.
    const none = randomUUID();
    await publication().joinTeam(none, lead.userId, 'lead-inspector');
    const missing = await publication().call(lead, 'GET', `/api/publication/inspections/${none}/draft`);
    expect(missing.status).toBe(404);
    expect(missing.body?.error?.message).toBe('report not found');
  });
});
