// `yji demo` against a running system (real Temporal, NATS and PostgreSQL): it plays a whole inspection
// through the public HTTP APIs to approved ratings — every case answered and submitted, one returned by QA
// and revised, blind reviews measured, one safeguarding alert raised and acknowledged, the inspection moving
// on by itself to its ratings panel, which settles and approves the ratings, the report written, checked for
// factual accuracy and published — and answers one JSON object with the report's public addresses. Every
// lead's and panel's decision answers 202 here, as on a busy system, and the demo waits for its outcome.
import { describe, expect, it } from 'vitest';
import { playInspection } from '@yji/cli/demo';
import type { Role } from '@yji/contracts';
import { callerAs, useSystem } from '../harness/index.ts';

describe('yji demo', () => {
  // Decisions answered 202 at once (their workflow still carrying them out), as a busy system answers: the
  // demo waits for each one's outcome where the answer points, as a person would.
  const system = useSystem({ env: { DECISION_WAIT_MS: '1' } });

  it(
    'plays an inspection through quality assurance and its ratings panel',
    { timeout: 300_000 },
    async () => {
      const lines: string[] = [];
      const result = await playInspection(
        {
          inspection: system.inspection.url,
          fieldwork: system.fieldwork.url,
          ratings: system.ratings.url,
          publication: system.publication.url,
        },
        (userId, roles) => system.tokenFor(userId, roles as Role[]),
        { cases: 6, seed: 'e2e-demo', through: 'published' },
        (line) => lines.push(line),
      );
      expect(result).toMatchObject({
        phase: 'published',
        cases: 6,
        qa: { returned: 1 },
        alerts: { raised: 1, acknowledged: 1 },
      });
      expect(result.qa.approved).toBe(6);
      expect(result.qa.reviewed).toBeGreaterThanOrEqual(1);
      for (const figures of result.qa.agreement)
        expect(Object.keys(figures).sort()).toEqual(['kappa', 'keyQuestion', 'pairs', 'percentAgreement']);
      const progress = await system.fieldworkDb.caseReview.findMany({
        where: { inspectionId: result.inspectionId },
      });
      expect(progress.map((review) => review.state)).toEqual(Array(6).fill('approved'));
      expect(lines).toContainEqual(expect.stringMatching(/the ratings panel has started/));
      // The ratings the demo reports are the ones the panel approved and the ratings service keeps.
      const final = await system.ratingsDb.finalRatingSet.findFirst({
        where: { inspectionId: result.inspectionId },
        include: { standards: true },
      });
      expect(final).toMatchObject({ overall: result.ratings!.overall, score: result.ratings!.score });
      expect(
        final!.standards
          .map(({ standardId, finalRating }) => ({ id: standardId, rating: finalRating }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual([...result.ratings!.standards].sort((a, b) => a.id.localeCompare(b.id)));
      expect(lines).toContainEqual(expect.stringMatching(/the panel approved the ratings/));

      // Through publication: one comment accepted and one rejected, the revised text published, and the public
      // page, PDF and open data at the addresses the demo answers show the approved ratings.
      expect(result.publication).toMatchObject({ version: 2, comments: { accepted: 1, rejected: 1 } });
      const responses = await system.publicationDb.commentResponse.findMany({
        where: { inspectionId: result.inspectionId },
      });
      expect(responses.map(({ decision }) => decision).sort()).toEqual(['accepted', 'rejected']);
      const urls = result.urls!;
      expect(Object.keys(urls).sort()).toEqual([
        'caseJudgementsCsv',
        'datapackage',
        'pdf',
        'ratingsCsv',
        'report',
      ]);
      const text = async (url: string) => {
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        return response.text();
      };
      const page = await text(urls.report);
      expect(page).toContain(`Overall rating: ${result.ratings!.overall}`);
      for (const { id, rating } of result.ratings!.standards)
        expect(page).toMatch(new RegExp(`${id} [^<]*: ${rating}<`));
      expect((await fetch(urls.pdf)).headers.get('content-type')).toBe('application/pdf');
      const ratingsCsv = (await text(`${urls.report}/data/ratings.csv`)).trimEnd().split('\r\n');
      for (const { id, rating } of result.ratings!.standards)
        expect(ratingsCsv.find((line) => line.startsWith(`${id},`))?.split(',')[3]).toBe(rating);
      const national = (await text(urls.ratingsCsv)).split('\r\n');
      expect(national.find((line) => line.startsWith(result.inspectionId))).toMatch(
        new RegExp(
          `^${result.inspectionId},DEM,.*,${result.ratings!.score},\\d+,${result.ratings!.overall}$`,
        ),
      );
      const judgements = (await text(urls.caseJudgementsCsv)).trimEnd().split('\r\n').slice(1);
      expect(new Set(judgements.map((line) => line.split(',')[1])).size).toBe(6);
      expect(JSON.parse(await text(urls.datapackage)).resources).toHaveLength(2);
      expect(lines.at(-1)).toMatch(/published: /);

      // The panel pack carries quality assurance's figures: the one return, the one alert, and the agreement
      // over every blind pair the demo's key-question figures count.
      const chair = callerAs(system, 'chair-1', ['panel-chair']);
      const pack = await chair('GET', `/api/ratings/inspections/${result.inspectionId}/pack`);
      expect(pack.body.qa.figures).toMatchObject({ returnedCases: 1, returns: 1, alertsRaised: 1 });
      expect(pack.body.qa.figures.agreement.pairs).toBe(
        result.qa.agreement.reduce((sum, { pairs }) => sum + pairs, 0),
      );
    },
  );
});
