// Those who read the report before it is public — the people named for the embargoed preview, who need not be
// on the team, and the YJS contact in the factual accuracy check — read the approved ratings as the report will
// publish them: a rating the panel moved with its rationale, a confirmation without its rationale (free text a
// panel member wrote about the cases, never public) nor who confirmed it or when. The lead inspector's own
// view of the draft keeps the whole set.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FactualCheckView, FinalRatingsView, ReportDraftView } from '@yji/contracts';
import { approvedSet, eventually, reportText, usePublicationUnderTest } from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, yjs } = SERVICE_CALLERS;
// Named for the embargoed preview, and not on the team.
const press = { userId: 'inspector-3', roles: ['inspector'] } as const;

const CONFIRMATION = 'Confirmed: C0012 had no safety plan, C0031 a thin one.';
const MOVED = 'Moved down: plans were not reviewed with the children.';

/** A set with 2.1 confirmed by the panel (with a rationale) and 2.2 moved from Good to Requires improvement. */
function setWithDecisions(inspectionId: string): FinalRatingsView {
  const set = approvedSet(inspectionId, {}, { '2.2': 'Requires improvement' });
  const decided = { decidedAt: '2026-03-02T10:00:00.000Z' };
  return {
    ...set,
    standards: set.standards.map((standard) =>
      standard.id === '2.1'
        ? { ...standard, rationale: CONFIRMATION, decidedBy: 'chair-2', ...decided }
        : standard.id === '2.2'
          ? { ...standard, rationale: MOVED, decidedBy: 'chair-1', ...decided }
          : standard,
    ),
  };
}

const standard = (ratings: FinalRatingsView, id: string) => ratings.standards.find((each) => each.id === id);

/** What a reader before publication must see: the move's decision, nothing of the confirmation's. */
function expectAsPublished(ratings: FinalRatingsView) {
  expect(standard(ratings, '2.2')).toMatchObject({
    finalRating: 'Requires improvement',
    rationale: MOVED,
    decidedBy: 'chair-1',
  });
  expect(standard(ratings, '2.1')).toMatchObject({
    finalRating: 'Good',
    rationale: null,
    decidedBy: null,
    decidedAt: null,
  });
  expect(JSON.stringify(ratings)).not.toContain('C0012');
}

describe('the approved ratings read before publication', () => {
  const { publication, inspections } = usePublicationUnderTest({ worker: true });

  /** A new inspection with its ratings approved (`setWithDecisions`) and its report's first version saved. */
  async function reportDrafted() {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    await publication().joinTeam(inspectionId, lead.userId, 'lead-inspector');
    await publication().joinTeam(inspectionId, yjs.userId, 'yjs-contact');
    await publication().approve(setWithDecisions(inspectionId));
    await eventually(() => publication().db.report.findUnique({ where: { inspectionId } }));
    const base = `/api/publication/inspections/${inspectionId}`;
    expect((await publication().call(lead, 'PUT', `${base}/draft`, reportText(0))).status).toBe(200);
    return { inspectionId, base };
  }

  it('shows the named person the preview with the moved rating’s rationale, not the confirmation’s', async () => {
    const { inspectionId, base } = await reportDrafted();
    // Scheduled as the publication workflow would have stored it.
    await publication().db.report.update({
      where: { inspectionId },
      data: { publishAt: new Date(Date.now() + 3_600_000), embargoViewers: [press.userId] },
    });

    const preview = await publication().call(press, 'GET', `${base}/preview`);
    expect(preview.status).toBe(200);
    expectAsPublished((preview.body as unknown as ReportDraftView).ratings);

    // The lead inspector's own draft still shows the panel's every decision.
    const draft = await publication().call(lead, 'GET', `${base}/draft`);
    expect(standard((draft.body as unknown as ReportDraftView).ratings, '2.1')).toMatchObject({
      rationale: CONFIRMATION,
      decidedBy: 'chair-2',
    });
  });

  it('shows the YJS contact the check with the moved rating’s rationale, not the confirmation’s', async () => {
    const { base } = await reportDrafted();
    const sent = await publication().call(lead, 'POST', `${base}/factual-check`, { version: 1 });
    expect(sent.status).toBe(200);
    expectAsPublished((sent.body as unknown as FactualCheckView).draft.ratings);

    const check = await publication().call(yjs, 'GET', `${base}/factual-check`);
    expect(check.status).toBe(200);
    expectAsPublished((check.body as unknown as FactualCheckView).draft.ratings);
  });
});
