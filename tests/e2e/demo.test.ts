// `yji demo` against a running system (real Temporal, NATS and PostgreSQL): it plays a whole inspection
// through the public HTTP APIs to "ready for the ratings panel" — every case answered and submitted, one
// returned by QA and revised, blind reviews measured, one safeguarding alert raised and acknowledged — and
// answers the one JSON object the issue gives.
import { describe, expect, it } from 'vitest';
import { playInspection } from '@yji/cli/demo';
import type { Role } from '@yji/contracts';
import { useSystem } from '../harness/index.ts';

describe('yji demo', () => {
  const system = useSystem();

  it('plays an inspection through to ready for the ratings panel', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    const result = await playInspection(
      { inspection: system.inspection.url, fieldwork: system.fieldwork.url },
      (userId, roles) => system.tokenFor(userId, roles as Role[]),
      { cases: 6, seed: 'e2e-demo', through: 'ready-for-panel' },
      (line) => lines.push(line),
    );
    expect(result).toMatchObject({
      phase: 'ready-for-panel',
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
    expect(lines.at(-1)).toMatch(/ready for the ratings panel/);
  });
});
