// Through the real ratings panel workflow and worker: a panel's move holds for the rating it moved from. The
// lead proposes 1.1 Good, the panel moves it down to Requires improvement, the lead then proposes Outstanding:
// the move's rationale was written about Good, so the panel decides 1.1 again, and the chair cannot approve
// until it has (docs/domain.md, decisions where the sources are silent).
import { beforeAll, describe, expect, it } from 'vitest';
import type { FinalRatingsView, PanelPack } from '@yji/contracts';
import {
  EVIDENCE,
  proposalOf,
  usePanelWorkflowUnderTest,
  type Qualitative,
} from './panel-workflow-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, chair, inspector } = SERVICE_CALLERS;

describe("a panel's move on a rating that moves afterwards", () => {
  const { ratings, startPanel } = usePanelWorkflowUnderTest();

  beforeAll(async () => {
    const panel = await startPanel();
    base = panel.base;
    caseRef = panel.approvals[0]!.caseRef;
  });

  let base = '';
  /** 3.4's evidence is triangulated with a sampled case (004 ¶3.20). */
  let caseRef = '';
  const packOf = async () =>
    (await ratings().call(chair, 'GET', `${base}/pack`)).body as unknown as PanelPack;
  const propose = async (standard: Qualitative, rating: string, version: number) => {
    const response = await ratings().call(
      lead,
      'PUT',
      `${base}/proposals/${standard}`,
      proposalOf(standard, rating, version, caseRef),
    );
    expect(response.status, standard).toBe(200);
  };
  const decide = async (standard: string, version: number, decision: object) => {
    const response = await ratings().call(inspector, 'PUT', `${base}/decisions/${standard}`, {
      version,
      ...decision,
    });
    expect(response.status, standard).toBe(200);
  };

  it('puts the move back to the panel, and holds the approval until it is decided again', async () => {
    for (const standard of Object.keys(EVIDENCE) as Qualitative[]) await propose(standard, 'Good', 0);
    // The out-of-court standards have no case: the panel decides them.
    for (const standard of ['3.1', '3.2', '3.3'])
      await decide(standard, 0, {
        decision: 'up',
        to: 'Requires improvement',
        rationale: 'No out-of-court case in the sample; interviews with case managers.',
      });
    await decide('1.1', 0, {
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'The board does not yet hold partners to account, against a Good proposal.',
    });
    const moved = await packOf();
    expect(moved.undecided).toEqual([]);
    expect(moved.standards.find(({ id }) => id === '1.1')?.rating).toBe('Requires improvement');

    // Still "down" from Outstanding, but not the move the panel made.
    await propose('1.1', 'Outstanding', 1);
    const reproposed = await packOf();
    expect(reproposed.undecided).toEqual(['1.1']);
    expect(reproposed.standards.find(({ id }) => id === '1.1')).toMatchObject({
      proposedRating: 'Outstanding',
      rating: 'Outstanding',
    });
    const refused = await ratings().call(chair, 'POST', `${base}/approval`);
    expect([refused.status, refused.body?.error?.code]).toEqual([409, 'undecided-standards']);

    await decide('1.1', 1, {
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'The board does not yet hold partners to account, against an Outstanding proposal.',
    });
    expect((await packOf()).undecided).toEqual([]);
    const approved = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(approved.status).toBe(200);
    expect(
      (approved.body as unknown as FinalRatingsView).standards.find(({ id }) => id === '1.1'),
    ).toMatchObject({
      finalRating: 'Requires improvement',
      rationale: 'The board does not yet hold partners to account, against an Outstanding proposal.',
    });
  });
});
