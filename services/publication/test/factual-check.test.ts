// The factual accuracy check and the scheduled publication through the real publication workflow and worker: the lead inspector sends the
// latest version (a workflow Update), the YJS contact on the team comments per section until the deadline,
// a durable timer closes the check, and the lead inspector answers each comment once, with a reason; the
// revised draft is a new version. Everything is kept. Then the lead inspector schedules publication, moves it,
// and at that time the latest version is published, once; the embargoed preview is for the people named.
// A deadline no further than the check's working-day cap; either decision sent again with its
// Idempotency-Key is answered as the first.
// Once the inspection is purged, neither a comment nor a response is recorded.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  purgeFactualCheck,
  type CommentView,
  type FactualCheckView,
  type Role,
  type ScheduleView,
} from '@yji/contracts';
import { ukDay } from '@yji/domain';
import { sendCommand } from '@yji/messaging';
import { publicationStateQuery, publicationWorkflowId } from '@yji/workflows';
import { approvedSet, eventually, reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, yjs, inspector } = SERVICE_CALLERS;
// Someone named for the embargoed preview who is not on the team.
const press = { userId: 'inspector-3', roles: ['inspector'] } as const;

describe('the factual accuracy check', () => {
  const { publication, sql, inspections } = usePublicationUnderTest({ worker: true });

  /** A new inspection with `team`, its ratings approved (`set`) and its report's first version saved by the lead. */
  async function reportDrafted(team: readonly (readonly [string, Role])[]) {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    for (const [member, role] of team) await publication().joinTeam(inspectionId, member, role);
    const set = approvedSet(inspectionId);
    await publication().approve(set);
    const base = `/api/publication/inspections/${inspectionId}`;
    await eventually(() => publication().db.report.findUnique({ where: { inspectionId } }));
    expect(
      (await publication().call(lead, 'PUT', `${base}/draft`, reportText(0, 'First overview.'))).status,
    ).toBe(200);
    return { inspectionId, base, set };
  }

  it('takes comments per section until the deadline, then the lead inspector answers each once', async () => {
    const { inspectionId, base } = await reportDrafted([
      [lead.userId, 'lead-inspector'],
      [yjs.userId, 'yjs-contact'],
      [inspector.userId, 'inspector'],
    ]);
    expect((await publication().call(yjs, 'GET', `${base}/factual-check`)).status).toBe(404);

    const stale = await publication().call(lead, 'POST', `${base}/factual-check`, { version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body?.error?.code).toBe('stale-version');
    const past = await publication().call(lead, 'POST', `${base}/factual-check`, {
      version: 1,
      deadline: '2020-01-01T00:00:00.000Z',
    });
    expect(past.status).toBe(400);
    expect((await publication().call(yjs, 'POST', `${base}/factual-check`, { version: 1 })).status).toBe(403);

    const deadline = new Date(Date.now() + 8_000).toISOString();
    const sent = await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1, deadline });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ deadline, open: true, closedAt: null, draft: { version: 1 } });
    const again = await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1 });
    expect(again.status).toBe(409);

    // The YJS contact sees the check, not the lead inspector's drafts; an inspector sees neither.
    expect((await publication().call(yjs, 'GET', `${base}/draft`)).status).toBe(403);
    expect((await publication().call(inspector, 'GET', `${base}/factual-check`)).status).toBe(403);
    const comment = (section: string, text: string) =>
      publication().call(yjs, 'POST', `${base}/factual-check/comments`, { section, text });
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
        await publication().call(lead, 'POST', `${base}/factual-check/comments`, {
          section: 'overview',
          text: 'x',
        })
      ).status,
    ).toBe(403);

    // The revised draft is a new version; the version sent stays as it was sent.
    expect(
      (await publication().call(lead, 'PUT', `${base}/draft`, reportText(1, 'Overview, board monthly.')))
        .status,
    ).toBe(200);

    // The durable timer closes the check at the deadline.
    const handle = publication().temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'revising', 30_000);
    const late = await comment('ratings', 'One more thing.');
    expect(late.status).toBe(409);
    expect(late.body?.error?.code).toBe('not-allowed-now');

    const [first, second] = [
      onOverview.body as unknown as CommentView,
      onStandard.body as unknown as CommentView,
    ];
    const respond = (commentId: string, decision: string, reason: string) =>
      publication().call(lead, 'PUT', `${base}/factual-check/comments/${commentId}/response`, {
        decision,
        reason,
      });
    expect((await respond(first.id, 'accepted', 'Corrected in the overview.')).status).toBe(200);
    expect((await respond(second.id, 'rejected', 'The case files show ten.')).status).toBe(200);
    expect((await respond(second.id, 'accepted', 'Changed my mind.')).status).toBe(409);
    expect((await respond(randomUUID(), 'accepted', 'No such comment.')).status).toBe(404);

    const check = (await publication().call(yjs, 'GET', `${base}/factual-check`))
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
    const outbox = await sql().query(
      `SELECT subject, payload FROM "OutboxMessage" WHERE payload->>'inspectionId' = $1`,
      [inspectionId],
    );
    expect(outbox.rows.map(({ subject }) => subject).sort()).toEqual([
      'yji.publication.factual-check.closed',
      'yji.publication.factual-check.opened',
    ]);
    expect(JSON.stringify(outbox.rows)).not.toContain('board');
    await expect(
      sql().query('DELETE FROM "FactualComment" WHERE "inspectionId" = $1', [inspectionId]),
    ).rejects.toThrow(/append-only/);
    const audit = await sql().query(`SELECT action FROM "AuditEntry" WHERE "inspectionId" = $1 ORDER BY at`, [
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

  it('refuses a deadline beyond the most working days a check is given, naming the field', async () => {
    const { base } = await reportDrafted([[lead.userId, 'lead-inspector']]);
    const yearsAhead = new Date(Date.now() + 5 * 365 * 86_400_000).toISOString();
    const refused = await publication().call(lead, 'POST', `${base}/factual-check`, {
      version: 1,
      deadline: yearsAhead,
    });
    expect(refused.status).toBe(400);
    expect(refused.body?.error?.details).toEqual([
      { field: 'deadline', message: 'must be within 60 working days of today' },
    ]);
    expect(refused.text).not.toContain(yearsAhead.slice(0, 10));
    // Sixty working days are twelve weeks: 120 calendar days are beyond them, 30 within.
    const send = (inDays: number) =>
      publication().call(lead, 'POST', `${base}/factual-check`, {
        version: 1,
        deadline: new Date(Date.now() + inDays * 86_400_000).toISOString(),
      });
    expect((await send(120)).status).toBe(400);
    expect((await send(30)).status).toBe(200);
  });

  it('answers a check sent, a comment made or a schedule set again with its Idempotency-Key as it answered the first', async () => {
    const { inspectionId, base } = await reportDrafted([
      [lead.userId, 'lead-inspector'],
      [yjs.userId, 'yjs-contact'],
    ]);
    const checkKey = { 'idempotency-key': randomUUID() };
    const check = { version: 1, deadline: new Date(Date.now() + 3_000).toISOString() };
    const sent = await publication().call(lead, 'POST', `${base}/factual-check`, check, checkKey);
    const sentAgain = await publication().call(lead, 'POST', `${base}/factual-check`, check, checkKey);
    expect([sent.status, sentAgain.status]).toEqual([200, 200]);
    expect(sentAgain.body).toEqual(sent.body);

    const commentKey = { 'idempotency-key': randomUUID() };
    const comment = { section: 'overview', text: 'The board met monthly.' };
    const commentAs = (body: object) =>
      publication().call(yjs, 'POST', `${base}/factual-check/comments`, body, commentKey);
    const commented = await Promise.all([commentAs(comment), commentAs(comment)]);
    expect(commented.map(({ status }) => status)).toEqual([201, 201]);
    expect(commented[1]!.body?.id).toBe(commented[0]!.body?.id);
    const comments = async () =>
      (
        await sql().query(`SELECT count(*)::int AS n FROM "FactualComment" WHERE "inspectionId" = $1`, [
          inspectionId,
        ])
      ).rows[0].n;
    expect(await comments()).toBe(1);

    const handle = publication().temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'revising', 30_000);
    // Sent again once the check has closed (its answer lost meanwhile): answered, not refused.
    const late = await commentAs(comment);
    expect([late.status, late.body?.id]).toEqual([201, commented[0]!.body?.id]);
    const other = await commentAs({ section: 'overview', text: 'Something else.' });
    expect([other.status, other.body?.error?.code]).toEqual([422, 'idempotency-key-reused']);
    expect(other.text).not.toContain('Something else');
    expect(await comments()).toBe(1);
    // Publication waits for every comment's response.
    const answered = await publication().call(
      lead,
      'PUT',
      `${base}/factual-check/comments/${commented[0]!.body?.id as string}/response`,
      { decision: 'accepted', reason: 'Corrected.' },
    );
    expect(answered.status).toBe(200);
    // Sent again now, the comment is answered as it stands: with the lead's response.
    expect((await commentAs(comment)).body?.response).toMatchObject({ decision: 'accepted' });
    const scheduleKey = { 'idempotency-key': randomUUID() };
    const schedule = { version: 0, publishAt: new Date(Date.now() + 3_600_000).toISOString(), embargo: [] };
    const set = await publication().call(lead, 'PUT', `${base}/schedule`, schedule, scheduleKey);
    const setAgain = await publication().call(lead, 'PUT', `${base}/schedule`, schedule, scheduleKey);
    expect([set.status, setAgain.status]).toEqual([200, 200]);
    expect(setAgain.body).toEqual(set.body);
    expect(set.body).toMatchObject({ version: 1 });
    // The same move would be answered as stored anyway: what the key adds is one Update, not two.
    const accepted = ((await handle.fetchHistory()).events ?? []).filter(
      (event) =>
        event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ===
        'schedulePublication',
    );
    expect(accepted).toHaveLength(1);
  });

  it('records no comment and no response once the inspection is purged (docs/retention.md)', async () => {
    const { inspectionId, base } = await reportDrafted([
      [lead.userId, 'lead-inspector'],
      [yjs.userId, 'yjs-contact'],
    ]);
    // Open for an hour: only the purge stands in the way.
    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1, deadline })).status,
    ).toBe(200);
    const comments = `${base}/factual-check/comments`;
    const before = await publication().call(yjs, 'POST', comments, { section: 'overview', text: 'Before.' });
    expect(before.status).toBe(201);
    await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });

    const after = await publication().call(yjs, 'POST', comments, { section: 'overview', text: 'After.' });
    const response = await publication().call(
      lead,
      'PUT',
      `${comments}/${before.body?.id as string}/response`,
      { decision: 'rejected', reason: 'Quoting the comment.' },
    );
    for (const refused of [after, response]) {
      expect(refused.status).toBe(409);
      expect(refused.body?.error?.code).toBe('inspection-purged');
    }
    const stored = await sql().query(
      `SELECT (SELECT count(*)::int FROM "FactualComment" WHERE "inspectionId" = $1) AS comments,
              (SELECT count(*)::int FROM "CommentResponse" WHERE "inspectionId" = $1) AS responses`,
      [inspectionId],
    );
    expect(stored.rows[0]).toEqual({ comments: 1, responses: 0 });
  });

  it('publishes the latest version at the scheduled time, moved once; the preview only for those named', async () => {
    const { inspectionId, base, set } = await reportDrafted([
      [lead.userId, 'lead-inspector'],
      [yjs.userId, 'yjs-contact'],
    ]);
    const schedule = (version: number, inMs: number, embargo: string[] = [press.userId]) =>
      publication().call(lead, 'PUT', `${base}/schedule`, {
        version,
        publishAt: new Date(Date.now() + inMs).toISOString(),
        embargo,
      });
    const early = await schedule(0, 60_000);
    expect(early.status).toBe(409);
    expect(early.body?.error?.message).toBe('the report is published only after its factual accuracy check');

    const deadline = new Date(Date.now() + 3_000).toISOString();
    expect(
      (await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1, deadline })).status,
    ).toBe(200);
    const comment = await publication().call(yjs, 'POST', `${base}/factual-check/comments`, {
      section: 'overview',
      text: 'The board met monthly.',
    });
    const handle = publication().temporal.workflow.getHandle(publicationWorkflowId(inspectionId));
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'revising', 30_000);
    const unanswered = await schedule(0, 60_000);
    expect(unanswered.status).toBe(409);
    expect(unanswered.body?.error?.message).toBe('every factual accuracy comment needs a response first');
    await publication().call(
      lead,
      'PUT',
      `${base}/factual-check/comments/${(comment.body as unknown as CommentView).id}/response`,
      { decision: 'accepted', reason: 'Corrected.' },
    );
    await publication().call(lead, 'PUT', `${base}/draft`, reportText(1, 'Revised: the board met monthly.'));

    const first = await schedule(0, 60_000);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, embargo: ['inspector-3'], publishedAt: null });
    const preview = await publication().call(press, 'GET', `${base}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ version: 2, overview: 'Revised: the board met monthly.' });
    expect((await publication().call(yjs, 'GET', `${base}/preview`)).status).toBe(404);
    expect((await publication().call(lead, 'GET', `${base}/preview`)).status).toBe(200);
    expect((await schedule(0, 30_000)).body?.error?.code).toBe('stale-version');

    // Moved earlier: the timer follows the new time, not the first one.
    const movedAt = Date.now() + 4_000;
    const moved = await schedule(1, 4_000);
    expect(moved.status).toBe(200);
    // Published; the workflow then waits out the retention period before its purge (weeks), so it is not awaited.
    await eventually(async () => (await handle.query(publicationStateQuery)).phase === 'published', 30_000);
    const report = await publication().db.report.findUniqueOrThrow({ where: { inspectionId } });
    expect(report.publishedVersion).toBe(2);
    expect(report.publishedAt!.getTime()).toBeGreaterThanOrEqual(movedAt - 1_000);
    expect(report.publishedAt!.getTime()).toBeLessThan(movedAt + 20_000);
    const scheduleNow = (await publication().call(lead, 'GET', `${base}/schedule`))
      .body as unknown as ScheduleView;
    expect(scheduleNow).toMatchObject({ version: 2, publishedVersion: 2 });
    const events = await sql().query(
      `SELECT payload FROM "OutboxMessage" WHERE subject = 'yji.publication.report.published' AND payload->>'inspectionId' = $1`,
      [inspectionId],
    );
    expect(events.rows.map(({ payload }) => payload)).toEqual([
      { inspectionId, publishedAt: report.publishedAt!.toISOString(), version: 2, ratingsSetId: set.setId },
    ]);
    // The open data, for anyone without signing in: the approved ratings exactly, nothing else.
    const open = (path: string) => fetch(`${publication().url}${path}`);
    const ratingsCsv = await open(`/inspections/${inspectionId}/data/ratings.csv`);
    expect(ratingsCsv.status).toBe(200);
    expect(ratingsCsv.headers.get('content-type')).toContain('text/csv');
    const lines = (await ratingsCsv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'standard,computed_rating,proposed_rating,final_rating,moved_by_panel,small_sample',
    );
    expect(lines.slice(1)).toEqual(
      set.standards.map(
        (standard) =>
          `${standard.id},${standard.computedRating ?? ''},${standard.proposedRating ?? ''},${standard.finalRating},false,false`,
      ),
    );
    const datapackage = (await (await open(`/inspections/${inspectionId}/data/datapackage.json`)).json()) as {
      licenses: { name: string }[];
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(datapackage.licenses[0]!.name).toBe('OGL-UK-3.0');
    expect(datapackage.resources.map(({ path }) => path)).toEqual(['ratings.csv', 'case-judgements.csv']);
    // Other tests' published inspections share the roll-up: read this one's row by its header.
    const [header, ...rows] = (await (await open('/inspections/ratings.csv')).text()).trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 4)).toEqual(['inspection', 'yjs_code', 'yjs_name', 'published']);
    expect(columns.slice(-3)).toEqual(['score', 'max_score', 'overall']);
    const row = rows.map((line) => line.split(',')).find(([id]) => id === inspectionId)!;
    const byColumn = Object.fromEntries(columns.map((name, index) => [name, row[index]]));
    expect(byColumn).toMatchObject({
      // No inspection.created event here: the YJS code and name are left empty until one is read.
      yjs_code: '',
      yjs_name: '',
      published: ukDay(report.publishedAt!),
      ...Object.fromEntries(set.standards.map(({ id, finalRating }) => [`standard_${id}`, finalRating])),
      score: '24',
      max_score: '36',
      overall: 'Good',
    });
    // A report not yet published has no open data; the report's own routes still need a token.
    const unpublished = randomUUID();
    expect((await open(`/inspections/${unpublished}/data/ratings.csv`)).status).toBe(404);
    expect((await open(`${base}/draft`)).status).toBe(401);

    // Published: the text, the time and the ratings no longer change.
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(2, 'Too late.'))).status).toBe(
      409,
    );
    expect((await schedule(2, 60_000)).status).toBe(409);
  });
});
