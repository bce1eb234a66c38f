// Through the real ratings panel workflow: a qualitative standard the lead inspector has not proposed waits for
// the proposal (004 ¶3.22, "proposed by the lead inspector … subject to verification by our ratings panel").
// The panel's decision on it is refused (422 decision-invalid), the pack does not put it to the panel, and the
// chair cannot approve until it is proposed; a case-based standard with no applicable case is still the
// panel's to decide.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { assessmentApproved, type PanelPack, type RatingsPanelInput } from '@yji/contracts';
import { RATINGS_PANEL_WORKFLOW, ratingsPanelWorkflowId } from '@yji/workflows';
import { courtApproval, eventually, ratingsTestConfig, startRatingsUnderTest } from './ratings-under-test.ts';
import { startWorkflowsUnderTest } from '../../../tests/harness/workflows-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, chair, inspector } = SERVICE_CALLERS;

describe('a qualitative standard not yet proposed', () => {
  let ratings: Awaited<ReturnType<typeof startRatingsUnderTest>>;
  let temporal: Client;
  let stopWorkflows: (() => Promise<void>) | undefined;
  let taskQueue: string;
  const started: WorkflowHandle[] = [];

  beforeAll(async () => {
    const config = ratingsTestConfig();
    taskQueue = config.TEMPORAL_TASK_QUEUE;
    ratings = await startRatingsUnderTest(config);
    ({ temporal, stop: stopWorkflows } = await startWorkflowsUnderTest(config));
  });
  afterAll(async () => {
    for (const handle of started) await handle.terminate('test finished').catch(() => {});
    await stopWorkflows?.();
    await ratings?.stop();
  });

  const packOf = async (base: string) =>
    (await ratings.call(chair, 'GET', `${base}/pack`)).body as unknown as PanelPack;

  async function propose(base: string, standard: string, caseRef: string) {
    const response = await ratings.call(lead, 'PUT', `${base}/proposals/${standard}`, {
      version: 0,
      rating: 'Good',
      items: [
        {
          prompt: `${standard}.1a`,
          answer: 'yes',
          finding: 'Seen in the documents and the interviews.',
          sources: [
            { kind: 'document', description: 'self-assessment' },
            ...(standard === '3.4' ? [{ kind: 'case-file', caseRefs: [caseRef] }] : []),
          ],
        },
      ],
    });
    expect(response.status, standard).toBe(200);
  }

  it('refuses the panel a decision on it, holds the approval back, and lets it be verified once proposed', async () => {
    const inspectionId = randomUUID();
    for (const [member, role] of [
      [lead.userId, 'lead-inspector'],
      [chair.userId, 'panel-chair'],
      [inspector.userId, 'inspector'],
    ] as const)
      await ratings.joinTeam(inspectionId, member, role);
    const approvals = Array.from({ length: 10 }, () => courtApproval(inspectionId));
    for (const approval of approvals) await ratings.publish(assessmentApproved.subject, approval);
    const input: RatingsPanelInput = {
      inspectionId,
      leadInspectorId: lead.userId,
      custodyCases: 0,
      frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    };
    started.push(
      await temporal.workflow.start(RATINGS_PANEL_WORKFLOW, {
        workflowId: ratingsPanelWorkflowId(inspectionId),
        taskQueue,
        args: [input],
      }),
    );
    const base = `/api/ratings/inspections/${inspectionId}`;
    await eventually(async () => {
      const response = await ratings.call(chair, 'GET', `${base}/pack`);
      return response.status === 200 && (response.body as unknown as PanelPack).cases.approved === 10;
    });
    const caseRef = approvals[0]!.caseRef;

    // Nobody proposed 1.2: the panel may not rate it, in either direction, whatever its reasons.
    for (const decision of [
      { decision: 'up', to: 'Good', rationale: 'The board minutes show a clear strategy.' },
      { decision: 'down', to: 'Inadequate', rationale: 'The board minutes show no strategy.' },
      { decision: 'confirm', rationale: 'Seen.' },
    ]) {
      const refused = await ratings.call(chair, 'PUT', `${base}/decisions/1.2`, { version: 0, ...decision });
      expect(refused.status, decision.decision).toBe(422);
      expect(refused.body?.error?.code).toBe('decision-invalid');
      expect(refused.body?.error?.message).toContain("awaiting the lead inspector's proposal");
    }
    const waiting = (await packOf(base)).standards.find(({ id }) => id === '1.2')!;
    expect(waiting).toMatchObject({
      proposedRating: null,
      needsDecision: false,
      awaitsProposal: true,
      decision: null,
    });

    // A case-based standard without an applicable case is the panel's to decide, as before.
    for (const standard of ['3.1', '3.2', '3.3']) {
      const decided = await ratings.call(inspector, 'PUT', `${base}/decisions/${standard}`, {
        version: 0,
        decision: 'up',
        to: 'Requires improvement',
        rationale: 'No out-of-court case in the sample; interviews with case managers.',
      });
      expect(decided.status, standard).toBe(200);
    }

    // Everything else proposed: the approval waits for 1.2's proposal, and only for it.
    for (const standard of ['1.1', '1.3', '1.4', '3.4']) await propose(base, standard, caseRef);
    expect((await packOf(base)).undecided).toEqual(['1.2']);
    const early = await ratings.call(chair, 'POST', `${base}/approval`);
    expect(early.status).toBe(409);
    expect(early.body?.error?.code).toBe('undecided-standards');

    // Proposed, it is the panel's to verify, and the chair approves.
    await propose(base, '1.2', caseRef);
    expect((await packOf(base)).undecided).toEqual([]);
    expect((await packOf(base)).standards.find(({ id }) => id === '1.2')?.awaitsProposal).toBe(false);
    const moved = await ratings.call(chair, 'PUT', `${base}/decisions/1.2`, {
      version: 0,
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'The board minutes show no strategy.',
    });
    expect(moved.status).toBe(200);
    const approved = await ratings.call(chair, 'POST', `${base}/approval`);
    expect(approved.status).toBe(200);
  });
});
