// The factual accuracy check through the real publication workflow and worker: the lead inspector sends the
// latest version (a workflow Update), the YJS contact on the team comments per section until the deadline,
// a durable timer closes the check, and the lead inspector answers each comment once, with a reason; the
// revised draft is a new version. Everything is kept.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { CommentView, FactualCheckView } from '@yji/contracts';
import { startWorker, workerConfig } from '@yji/worker';
import { publicationStateQuery, publicationWorkflowId } from '@yji/workflows';
import { approvedSet, eventually, startPublicationUnderTest } from './publication-under-test.ts';

const lead = { userId: 'lead-1', roles: ['lead-inspector'] } as const;
const yjs = { userId: 'yjs-1', roles: ['yjs-contact'] } as const;
const inspector = { userId: 'inspector-1', roles: ['inspector'] } as const;

const draft = (version: number, overview: string) => ({
  version,
  overview,
  findings: [{ standardId: '2.1', strengths: 'Thorough assessments.', areasForImprovement: 'Plans.' }],
  recommendations: ['Review plans with the child.'],
});

describe('the factual accuracy check', () => {
  let publication: Awaited<ReturnType<typeof startPublicationUnderTest>>;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let sql: pg.Client;
  const inspections: string[] = [];

  beforeAll(async () => {
    publication = await startPublicationUnderTest();
    worker = await startWorker(workerConfig.parse(publication.config));
    sql = new pg.Client({ connectionString: publication.config.DATABASE_URL });
    await sql.connect();
    await sql.query('SET search_path TO publication');
  });
  afterAll(async () => {
    for (const inspectionId of inspections)
      await publication.temporal.workflow
        .getHandle(publicationWorkflowId(inspectionId))
        .terminate('test finished')
        .catch(() => {});
    await sql?.end();
    await worker?.stop();
    await publication?.stop();
  });

  it('takes comments per section until the deadline, then the lead inspector answers each once', async () => {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    for (const [member, role] of [
      [lead.userId, 'lead-inspector'],
      [yjs.userId, 'yjs-contact'],
      [inspector.userId, 'inspector'],
    ] as const)
      await publication.joinTeam(inspectionId, member, role);
    await publication.approve(approvedSet(inspectionId));
    const base = `/api/publication/inspections/${inspectionId}`;
    await eventually(() => publication.db.report.findUnique({ where: { inspectionId } }));
    expect((await publication.call(lead, 'PUT', `${base}/draft`, draft(0, 'First overview.'))).status).toBe(
      200,
    );
    expect((await publication.call(yjs, 'GET', `${base}/factual-check`)).status).toBe(404);

    const stale = await publication.call(lead, 'POST', `${base}/factual-check`, { version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body?.error?.code).toBe('stale-version');
    const past = await publication.call(lead, 'POST', `${base}/factual-check`, {
      version: 1,
      deadline: '2020-01-01T00:00:00.000Z',
    });
    expect(past.status).toBe(400);
    expect((await publication.call(yjs, 'POST', `${base}/factual-check`, { version: 1 })).status).toBe(403);

    const deadline = new Date(Date.now() + 8_000).toISOString();
    const sent = await publication.call(lead, 'POST', `${base}/factual-check`, { version: 1, deadline });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ deadline, open: true, closedAt: null, draft: { version: 1 } });
    const again = await publication.call(lead, 'POST', `${base}/factual-check`, { version: 1 });
    expect(again.status).toBe(409);

    // The YJS contact sees the check, not the lead inspector's drafts; an inspector sees neither.
    expect((await publication.call(yjs, 'GET', `${base}/draft`)).status).toBe(403);
    expect((await publication.call(inspector, 'GET', `${base}/factual-check`)).status).toBe(403);
    const comment = (section: string, text: string) =>
      publication.call(yjs, 'POST', `${base}/factual-check/comments`, { section, text });
    const onOverview = await comment('overview', 'The board met monthly, not quarterly.');
    expect(onOverview.status).toBe(201);
    const onStandard = await comment('standard-2.1', 'Twelve plans were reviewed, not ten.');
    expect(onStandard.status).toBe(201);
    const unrated = await comment('standard-2.5', 'Resettlement is not rated.');
    expect(unrated.status).toBe(422);
    expect(unrated.body?.error?.details).toEqual([
      { field: 'section', message: 'the approved ratings do not rate this standard' },
    ]);
    expect(
      (
        await publication.call(lead, 'POST', `${base}/factual-check/comments`, {
          section: 'overview',
          text: 'x',
        })
      ).status,
    ).toBe(403);

    // The revised draft is a new version; the version sent stays as it was sent.
    expect(
      (await publication.call(lead, 'PUT', `${base}/draft`, draft(1, 'Overview, board monthly.'))).status,
    ).toBe(200);

    // The durable timer closes the check at the deadline.
    const handle = publication.temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'revising', 30_000);
    const late = await comment('ratings', 'One more thing.');
    expect(late.status).toBe(409);
    expect(late.body?.error?.code).toBe('not-allowed-now');

    const [first, second] = [
      onOverview.body as unknown as CommentView,
      onStandard.body as unknown as CommentView,
    ];
    const respond = (commentId: string, decision: string, reason: string) =>
      publication.call(lead, 'PUT', `${base}/factual-check/comments/${commentId}/response`, {
        decision,
        reason,
      });
    expect((await respond(first.id, 'accepted', 'Corrected in the overview.')).status).toBe(200);
    expect((await respond(second.id, 'rejected', 'The case files show ten.')).status).toBe(200);
    expect((await respond(second.id, 'accepted', 'Changed my mind.')).status).toBe(409);
    expect((await respond(randomUUID(), 'accepted', 'No such comment.')).status).toBe(404);

    const check = (await publication.call(yjs, 'GET', `${base}/factual-check`))
      .body as unknown as FactualCheckView;
    expect(check).toMatchObject({
      open: false,
      closedAt: expect.any(String),
      draft: { overview: 'First overview.' },
    });
    expect(check.comments.map(({ section, response }) => [section, response?.decision])).toEqual([
      ['overview', 'accepted'],
      ['standard-2.1', 'rejected'],
    ]);
    const outbox = await sql.query(
      `SELECT subject, payload FROM "OutboxMessage" WHERE payload->>'inspectionId' = $1`,
      [inspectionId],
    );
    expect(outbox.rows.map(({ subject }) => subject).sort()).toEqual([
      'yji.publication.factual-check.closed',
      'yji.publication.factual-check.opened',
    ]);
    expect(JSON.stringify(outbox.rows)).not.toContain('board');
    await expect(
      sql.query('DELETE FROM "FactualComment" WHERE "inspectionId" = $1', [inspectionId]),
    ).rejects.toThrow(/append-only/);
    const audit = await sql.query(`SELECT action FROM "AuditEntry" WHERE "inspectionId" = $1 ORDER BY at`, [
      inspectionId,
    ]);
    expect(audit.rows.map(({ action }) => action)).toEqual(
      expect.arrayContaining([
        'factual-check.opened',
        'comment.recorded',
        'factual-check.closed',
        'comment.answered',
        'factual-check.read',
      ]),
    );
  });
});
