// `yji demo` against a running system (real Temporal, NATS and PostgreSQL): it plays a whole inspection
// through the public HTTP APIs to approved ratings — every case answered and submitted, one returned by QA
// and revised, blind reviews measured, one safeguarding alert raised and acknowledged, the inspection moving
// on by itself to its ratings panel, which settles and approves the ratings — and answers one JSON object.
import { describe, expect, it } from 'vitest';
import { playInspection } from '@yji/cli/demo';
import type { Role } from '@yji/contracts';
import { callerAs, useSystem } from '../harness/index.ts';

describe('yji demo', () => {
  const system = useSystem();

  it(
    'plays an inspection through quality assurance and its ratings panel',
    { timeout: 300_000 },
    async () => {
      const lines: string[] = [];
      const result = await playInspection(
        { inspection: system.inspection.url, fieldwork: system.fieldwork.url, ratings: system.ratings.url },
        (userId, roles) => system.tokenFor(userId, roles as Role[]),
        { cases: 6, seed: 'e2e-demo', through: 'ratings-approved' },
        (line) => lines.push(line),
      );
      expect(result).toMatchObject({
        phase: 'ratings-approved',
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
      expect(lines.at(-1)).toMatch(/the panel approved the ratings/);

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
