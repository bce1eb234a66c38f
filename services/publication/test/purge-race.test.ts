// A factual accuracy comment, a response to one, or a version of the report's text racing the retention
// purge (docs/retention.md), through the real publication workflow and worker: the purge is held open part
// way (this test locks the approved set's row, which the purge changes after the comments, responses and
// versions), the write carrying a mark is sent, and once it has finished or waits on a lock the purge goes
// on and commits. It is refused inspection-purged, and no row keeps the mark: it did not slip in behind the
// purge because it checked before the purge committed. A version saved once the purge is done is refused
// the same way, and stored nowhere.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeFactualCheck, type CommentView, type Role } from '@yji/contracts';
import { whileThePurgeRuns as whileHeld } from '@yji/db/testing';
import { sendCommand } from '@yji/messaging';
import { reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, yjs } = SERVICE_CALLERS;

describe('a comment, a response or a version of the report racing the retention purge', () => {
  const { publication, sql, inspectionWithReport } = usePublicationUnderTest({ worker: true });

  /** An inspection of the lead and `others` whose report's first version the lead has saved. */
  async function firstVersionSaved(...others: (readonly [string, Role])[]) {
    const { inspectionId, set } = await inspectionWithReport([[lead.userId, 'lead-inspector'], ...others]);
    const base = `/api/publication/inspections/${inspectionId}`;
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(200);
    return { inspectionId, setId: set.setId, base };
  }

  /** An inspection whose report's first version is sent for the check, open for a minute. */
  async function checkOpen() {
    const { inspectionId, setId, base } = await firstVersionSaved([yjs.userId, 'yjs-contact']);
    const deadline = new Date(Date.now() + 60_000).toISOString();
    const sent = await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1, deadline });
    expect(sent.status).toBe(200);
    return { inspectionId, setId, comments: `${base}/factual-check/comments` };
  }

  /**
   * What `write` answered, sent while the inspection's purge is under way: held open on the approved set's
   * row until the write has finished or waits on a lock, then let through to commit.
   */
  const whileThePurgeRuns = <T>(inspectionId: string, setId: string, write: () => Promise<T>) =>
    whileHeld(
      publication().db,
      {
        holdRow: 'SELECT 1 FROM "ApprovedRatingSet" WHERE "setId" = $1::uuid FOR UPDATE',
        rowId: setId,
        purge: () => sendCommand(publication().nc, purgeFactualCheck, { inspectionId }),
      },
      write,
    );

  const rowsHolding = async (mark: string) =>
    (
      await sql().query<{ n: number }>(
        `SELECT (SELECT count(*) FROM "FactualComment" t WHERE t::text LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM "CommentResponse" t WHERE t::text LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM "ReportDraft" t WHERE t::text LIKE '%' || $1 || '%') AS n`,
        [mark],
      )
    ).rows[0]!.n;

  it('refuses a comment sent meanwhile, and keeps none of it', async () => {
    const { inspectionId, setId, comments } = await checkOpen();
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    const answer = await whileThePurgeRuns(inspectionId, setId, () =>
      publication().call(yjs, 'POST', comments, { section: 'overview', text: mark }),
    );
    expect(Number(await rowsHolding(mark))).toBe(0);
    expect([answer.status, answer.body?.error?.code]).toEqual([409, 'inspection-purged']);
  });

  it('refuses a response sent meanwhile, and keeps none of it', async () => {
    const { inspectionId, setId, comments } = await checkOpen();
    const comment = await publication().call(yjs, 'POST', comments, {
      section: 'overview',
      text: 'Monthly.',
    });
    expect(comment.status).toBe(201);
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    const answer = await whileThePurgeRuns(inspectionId, setId, () =>
      publication().call(lead, 'PUT', `${comments}/${(comment.body as unknown as CommentView).id}/response`, {
        decision: 'rejected',
        reason: mark,
      }),
    );
    expect(Number(await rowsHolding(mark))).toBe(0);
    expect([answer.status, answer.body?.error?.code]).toEqual([409, 'inspection-purged']);
  });

  it('refuses a version of the report saved meanwhile, and keeps none of it', async () => {
    const { inspectionId, setId, base } = await firstVersionSaved();
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    const answer = await whileThePurgeRuns(inspectionId, setId, () =>
      publication().call(lead, 'PUT', `${base}/draft`, reportText(1, mark)),
    );
    expect(Number(await rowsHolding(mark))).toBe(0);
    expect([answer.status, answer.body?.error?.code]).toEqual([409, 'inspection-purged']);
  });

  it('refuses a version of the report saved after the purge, and stores none', async () => {
    const { inspectionId, base } = await firstVersionSaved();
    await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });
    const answer = await publication().call(lead, 'PUT', `${base}/draft`, reportText(1, 'After.'));
    expect([answer.status, answer.body?.error?.code]).toEqual([409, 'inspection-purged']);
    const versions = await sql().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "ReportDraft" WHERE "inspectionId" = $1',
      [inspectionId],
    );
    expect(versions.rows[0]!.n).toBe(1);
  });
});
