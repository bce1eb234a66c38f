// The retention purge of what the report never made public (docs/retention.md): every version of the text but
// the one published loses its text, and every approved set its rationales but those the page shows (a moved
// rating's, in the set published). The public page and the open data stay byte for byte; the purge is done
// once; the tables' triggers let nothing through but that redaction; a set delivered after the purge is not
// recorded.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publishReport, purgeFactualCheck, ratingsApproved, type FinalRatingsView } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { approvedSet, eventually, reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead } = SERVICE_CALLERS;

/** The set with the panel's rationales on `standards`: id → [final rating, rationale]. */
function withRationales(
  set: FinalRatingsView,
  standards: Record<string, [FinalRatingsView['overall'], string]>,
): FinalRatingsView {
  return {
    ...set,
    standards: set.standards.map((standard) =>
      standards[standard.id]
        ? { ...standard, finalRating: standards[standard.id]![0], rationale: standards[standard.id]![1] }
        : standard,
    ),
  };
}

describe('the retention purge of what the report never published', () => {
  const { publication, sql, inspections } = usePublicationUnderTest();

  /** An inspection whose approved sets are delivered, the report showing the last. */
  async function inspectionWith(...sets: ((inspectionId: string) => FinalRatingsView)[]) {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    await publication().joinTeam(inspectionId, lead.userId, 'lead-inspector');
    const approved = sets.map((set) => set(inspectionId));
    for (const set of approved) await publication().approve(set);
    await eventually(async () => {
      const report = await publication().db.report.findUnique({ where: { inspectionId } });
      return report?.ratingsSetId === approved.at(-1)!.setId;
    });
    return { inspectionId, sets: approved, base: `/api/publication/inspections/${inspectionId}` };
  }

  const publicFiles = async (inspectionId: string) => {
    const files: Record<string, string> = {};
    for (const file of ['', '/data/datapackage.json', '/data/ratings.csv', '/data/case-judgements.csv']) {
      const response = await fetch(`${publication().url}/inspections/${inspectionId}${file}`);
      expect(response.status, file).toBe(200);
      files[file] = (await response.text()).replace(/nonce="[^"]*"/g, '');
    }
    return files;
  };

  const rowsHolding = async (inspectionId: string, mark: string) =>
    (
      await sql().query<{ table: string }>(
        `SELECT 'ReportDraft' AS table FROM "ReportDraft" t WHERE "inspectionId" = $1 AND t::text LIKE '%' || $2 || '%'
         UNION ALL
         SELECT 'ApprovedRatingSet' FROM "ApprovedRatingSet" t WHERE "inspectionId" = $1 AND t::text LIKE '%' || $2 || '%'`,
        [inspectionId, mark],
      )
    ).rows.map(({ table }) => table);

  it('empties the versions not published and the rationales not shown; the published page stays as it was', async () => {
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    // A set superseded before publication: a moved rating's rationale and a confirmation's.
    let supersededId = '';
    const superseded = (id: string) => {
      const set = withRationales(approvedSet(id, { approvedAt: '2026-11-01T10:00:00.000Z' }), {
        '1.1': ['Requires improvement', `Moved then, ${mark}`],
        '2.2': ['Good', `Confirmed then, ${mark}`],
      });
      supersededId = set.setId;
      return set;
    };
    // The correction the report shows: a moved rating's rationale (on the page) and a confirmation's (not).
    const correction = (id: string) =>
      withRationales(approvedSet(id, { approvedAt: '2026-11-02T10:00:00.000Z', supersedes: supersededId }), {
        '1.2': ['Outstanding', 'The board’s own audit, seen by the panel.'],
        '2.1': ['Good', `Confirmed, ${mark}`],
      });
    const { inspectionId, sets, base } = await inspectionWith(superseded, correction);
    const [first, shown] = sets as [FinalRatingsView, FinalRatingsView];
    const draft = (version: number, overview: string) =>
      publication().call(lead, 'PUT', `${base}/draft`, reportText(version, overview));
    expect((await draft(0, `A first overview, ${mark}.`)).status).toBe(200);
    expect((await draft(1, 'The overview as published.')).status).toBe(200);
    expect(await sendCommand(publication().nc, publishReport, { inspectionId })).toMatchObject({
      version: 2,
    });

    const published = await publicFiles(inspectionId);
    expect(published['']).toContain('The board’s own audit, seen by the panel.');
    expect(published['']).not.toContain(mark);
    expect((await rowsHolding(inspectionId, mark)).sort()).toEqual([
      'ApprovedRatingSet',
      'ApprovedRatingSet',
      'ReportDraft',
    ]);

    const purged = await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });
    expect(purged).toMatchObject({
      removed: { FactualComment: 0, CommentResponse: 0, ReportDraft: 1, ApprovedRatingSet: 2 },
      publishedSetId: shown.setId,
    });
    expect(await rowsHolding(inspectionId, mark)).toEqual([]);
    expect(await publicFiles(inspectionId)).toEqual(published);

    const drafts = await sql().query(
      `SELECT version, overview, findings, recommendations, "editedBy", "purgedAt" IS NOT NULL AS purged
         FROM "ReportDraft" WHERE "inspectionId" = $1 ORDER BY version`,
      [inspectionId],
    );
    expect(drafts.rows).toEqual([
      { version: 1, overview: '', findings: [], recommendations: [], editedBy: lead.userId, purged: true },
      { ...reportText(1, 'The overview as published.'), version: 2, editedBy: lead.userId, purged: false },
    ]);
    // Only rationales change: everything else in the sets is as received.
    const stored = await publication().db.approvedRatingSet.findMany({
      where: { inspectionId },
      orderBy: { approvedAt: 'asc' },
    });
    const rationalesOf = (set: FinalRatingsView) =>
      Object.fromEntries(set.standards.flatMap(({ id, rationale }) => (rationale ? [[id, rationale]] : [])));
    expect(stored.map(({ ratings }) => rationalesOf(ratings as FinalRatingsView))).toEqual([
      {},
      { '1.2': 'The board’s own audit, seen by the panel.' },
    ]);
    const withoutRationales = (set: FinalRatingsView) => ({
      ...set,
      standards: set.standards.map((standard) => ({ ...standard, rationale: null })),
    });
    expect(stored.map(({ ratings }) => withoutRationales(ratings as FinalRatingsView))).toEqual(
      [first, shown].map(withoutRationales),
    );
    expect(stored.every(({ purgedAt }) => purgedAt !== null)).toBe(true);

    // Asked again: the same answer, nothing changed, one audit entry.
    expect(await sendCommand(publication().nc, purgeFactualCheck, { inspectionId })).toEqual(purged);
    const audits = await publication().db.auditEntry.count({
      where: { inspectionId, action: 'retention.purged' },
    });
    expect(audits).toBe(1);

    // A set delivered after the purge (a parked event replayed) is skipped, not recorded.
    const late = withRationales(approvedSet(inspectionId, { supersedes: shown.setId }), {
      '2.3': ['Good', `Late, ${mark}`],
    });
    await publication().publish(ratingsApproved.subject, late);
    await eventually(() =>
      publication().db.auditEntry.findFirst({
        where: { inspectionId, action: 'retention.event-skipped', entityId: late.setId },
      }),
    );
    expect(await publication().db.approvedRatingSet.count({ where: { inspectionId } })).toBe(2);
    expect(await rowsHolding(inspectionId, mark)).toEqual([]);
  });

  it('redacts every version and every rationale of an inspection whose report was never published', async () => {
    const { inspectionId, base } = await inspectionWith((id) =>
      withRationales(approvedSet(id), { '1.2': ['Outstanding', 'Moved, never published.'] }),
    );
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(200);
    const purged = await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });
    expect(purged).toMatchObject({ removed: { ReportDraft: 1, ApprovedRatingSet: 1 }, publishedSetId: null });
    expect(await rowsHolding(inspectionId, 'never published')).toEqual([]);
    expect(await rowsHolding(inspectionId, 'knows its children')).toEqual([]);
  });

  it('lets an UPDATE of a version or a set through only as the purge’s redaction, once; never DELETE', async () => {
    const { inspectionId, base, sets } = await inspectionWith((id) =>
      withRationales(approvedSet(id), {
        '1.2': ['Outstanding', 'Moved.'],
        '2.1': ['Good', 'Confirmed.'],
      }),
    );
    const [set] = sets as [FinalRatingsView];
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(200);
    /** Runs `statement` on the inspection's rows in a transaction rolled back: how many rows it changed. */
    const run = async (statement: string) => {
      await sql().query('BEGIN');
      try {
        return (await sql().query(statement, [inspectionId])).rowCount;
      } finally {
        await sql().query('ROLLBACK');
      }
    };
    const draft = (set: string) => `UPDATE "ReportDraft" SET ${set} WHERE "inspectionId" = $1`;
    const ratings = (set: string) => `UPDATE "ApprovedRatingSet" SET ${set} WHERE "inspectionId" = $1`;
    const at = (id: string) => set.standards.findIndex((standard) => standard.id === id);
    /** The set's ratings with the rationale of the standard at `index` as the SQL expression `value`. */
    const rationale = (index: number, value: string) =>
      `ratings = jsonb_set(ratings, '{standards,${index},rationale}', ${value})`;
    const emptied = `overview = '', findings = '[]', recommendations = '[]'`;

    expect(await run(draft(`${emptied}, "purgedAt" = now()`))).toBe(1);
    for (const statement of [
      draft(`overview = 'Changed.'`),
      draft(emptied),
      draft(`${emptied}, "editedBy" = 'someone-else', "purgedAt" = now()`),
      draft(`overview = 'Not empty.', findings = '[]', recommendations = '[]', "purgedAt" = now()`),
      `DELETE FROM "ReportDraft" WHERE "inspectionId" = $1`,
    ])
      await expect(run(statement), statement).rejects.toThrow(/ReportDraft is append-only/);

    // Rationales nulled or removed, and purgedAt set: the purge's redaction, whatever it keeps.
    for (const statement of [
      ratings(`"purgedAt" = now()`),
      ratings(`${rationale(at('2.1'), `'null'`)}, "purgedAt" = now()`),
      ratings(
        `ratings = jsonb_set(ratings, '{standards}', (SELECT jsonb_agg(s - 'rationale' ORDER BY i) FROM jsonb_array_elements(ratings->'standards') WITH ORDINALITY AS e(s, i))), "purgedAt" = now()`,
      ),
    ])
      expect(await run(statement), statement).toBe(1);
    for (const statement of [
      // Not the purge: no purgedAt.
      ratings(rationale(at('2.1'), `'null'`)),
      // Other words in a rationale, anything else in the set, another column.
      ratings(`${rationale(at('2.1'), `'"Other words."'`)}, "purgedAt" = now()`),
      ratings(`${rationale(at('2.3'), `'"Words where there were none."'`)}, "purgedAt" = now()`),
      ratings(`ratings = jsonb_set(ratings, '{overall}', '"Outstanding"'), "purgedAt" = now()`),
      ratings(
        `ratings = jsonb_set(ratings, '{standards,0,finalRating}', '"Inadequate"'), "purgedAt" = now()`,
      ),
      ratings(`ratings = jsonb_set(ratings, '{standards}', (ratings->'standards') - 0), "purgedAt" = now()`),
      ratings(`ratings = ratings - 'caseJudgements', "purgedAt" = now()`),
      ratings(`supersedes = gen_random_uuid(), "purgedAt" = now()`),
      `DELETE FROM "ApprovedRatingSet" WHERE "inspectionId" = $1`,
    ])
      await expect(run(statement), statement).rejects.toThrow(/ApprovedRatingSet is append-only/);

    // Once: a purged row takes no second redaction.
    await sendCommand(publication().nc, purgeFactualCheck, { inspectionId });
    await expect(run(ratings(`"purgedAt" = now()`))).rejects.toThrow(/ApprovedRatingSet is append-only/);
    await expect(run(draft(`"purgedAt" = now()`))).rejects.toThrow(/ReportDraft is append-only/);
    await sql().query('BEGIN');
    try {
      await expect(sql().query('TRUNCATE "ApprovedRatingSet", "ReportDraft"')).rejects.toThrow(
        /append-only: TRUNCATE is not allowed/,
      );
    } finally {
      await sql().query('ROLLBACK');
    }
  });
});
