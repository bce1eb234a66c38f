// The chair approves ratings that rest on the whole sample, against the real ratings and fieldwork services,
// the ratings panel workflow and its worker: a case quality assurance approved whose judgements have not
// reached the ratings service (its assessment.approved event held up: here the consumer waits on a lock the
// test holds on CaseJudgement) holds the approval back, 409 judgements-pending, counting it, and the panel
// pack shows the same count before anyone approves; once the event is taken, the pack counts none and the same
// approval goes through. The reverse too: a case the lead reopens for correction, its assessment.reopened
// event held up the same way, is still counted in the ratings, so it holds the approval back as
// judgements-pending; once the event is taken, the case is out of the figures and the approval answers
// cases-reopened.
import { describe, expect, it } from 'vitest';
import { assessmentApproved, getApprovedCases, type PanelPack, type RatingsPanelInput } from '@yji/contracts';
import { RATINGS_PANEL_WORKFLOW, ratingsPanelWorkflowId } from '@yji/workflows';
import { sendCommand } from '@yji/messaging';
import { courtApproval, eventually } from './ratings-under-test.ts';
import { usePanelWorkflowUnderTest } from './panel-workflow-under-test.ts';
import { qaUnderTest } from '../../fieldwork/test/qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, chair, inspector } = SERVICE_CALLERS;
/** No case goes to QA: a submitted case is approved without review at once. */
const NOTHING_TO_QA = {
  shareByRole: { inspector: 0, 'local-assessor': 1 },
  minimumPerAssessor: 0,
  blindShare: 0,
};
const QUALITATIVE = ['1.1', '1.2', '1.3', '1.4', '3.4'];

describe('the chair’s approval while quality assurance’s word on a case has not reached the ratings', () => {
  const { ratings, temporal, taskQueue, sql: holder, started } = usePanelWorkflowUnderTest({ sql: true });
  const fieldwork = () => ratings().fieldwork;

  /**
   * A new inspection whose ratings panel is open on ten approvals published by hand (cases the fieldwork
   * service does not know), ready for the chair, with how the pack reads now.
   */
  async function readyPanel() {
    const inspectionId = await qaUnderTest(fieldwork()).inspection(NOTHING_TO_QA);
    for (const [member, role] of [
      [lead.userId, 'lead-inspector'],
      [chair.userId, 'panel-chair'],
      [inspector.userId, 'inspector'],
    ] as const)
      await ratings().joinTeam(inspectionId, member, role);
    const approvals = Array.from({ length: 10 }, () => courtApproval(inspectionId));
    for (const approval of approvals) await ratings().publish(assessmentApproved.subject, approval);
    const input: RatingsPanelInput = {
      inspectionId,
      leadInspectorId: lead.userId,
      custodyCases: 0,
      frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    };
    started.push(
      await temporal().workflow.start(RATINGS_PANEL_WORKFLOW, {
        workflowId: ratingsPanelWorkflowId(inspectionId),
        taskQueue: taskQueue(),
        args: [input],
      }),
    );
    const base = `/api/ratings/inspections/${inspectionId}`;
    const packNow = async () =>
      (await ratings().call(chair, 'GET', `${base}/pack`)).body as unknown as PanelPack | undefined;
    const approvedInPack = async () => (await packNow())?.cases?.approved;
    await eventually(async () => (await approvedInPack()) === 10);
    expect((await packNow())?.judgementsPending).toBe(0);
    await readyForApproval(base, approvals[0]!.caseRef);
    return { inspectionId, base, packNow, approvedInPack };
  }

  /** The ratings service's consumer cannot store a judgement while the test holds this lock (reads go on). */
  async function holdJudgements() {
    await holder().query('BEGIN');
    await holder().query('LOCK TABLE ratings."CaseJudgement" IN SHARE MODE');
  }

  it('refuses judgements-pending until the approval arrives, then approves', async () => {
    const { inspectionId, base, packNow, approvedInPack } = await readyPanel();

    await holdJudgements();
    await qaUnderTest(fieldwork()).submitted(inspectionId);
    const { cases } = await sendCommand(fieldwork().nc, getApprovedCases, { inspectionId });
    expect(cases).toHaveLength(1);
    // The pack says so before the chair approves, with the figures as they stand (without the case).
    const pending = await packNow();
    expect([pending?.cases.approved, pending?.judgementsPending]).toEqual([10, 1]);

    const partial = await ratings().call(chair, 'POST', `${base}/approval`);
    expect([partial.status, partial.body?.error?.code]).toEqual([409, 'judgements-pending']);
    expect(partial.body?.error?.message).toContain(
      '1 case(s) approved by quality assurance or reopened for correction are not yet reflected in the ratings',
    );
    expect(await approvedInPack()).toBe(10);

    await holder().query('ROLLBACK');
    await eventually(async () => (await approvedInPack()) === 11);
    expect((await packNow())?.judgementsPending).toBe(0);
    const approved = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  });

  it('refuses judgements-pending until a correction arrives, then cases-reopened', async () => {
    const { inspectionId, base, packNow, approvedInPack } = await readyPanel();
    const { taskId } = await qaUnderTest(fieldwork()).submitted(inspectionId);
    await eventually(async () => (await approvedInPack()) === 11);
    expect((await packNow())?.judgementsPending).toBe(0);

    await holdJudgements();
    const { version } = await fieldwork().db.caseReview.findUniqueOrThrow({ where: { taskId } });
    const corrected = await fieldwork().call(lead, 'POST', `/api/fieldwork/reviews/${taskId}/correction`, {
      version,
      reason: 'the wrong case file was read',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    // The ratings still count the case, as approved; quality assurance no longer approves it.
    const pending = await packNow();
    expect([pending?.cases.approved, pending?.cases.reopened, pending?.judgementsPending]).toEqual([
      11, 0, 1,
    ]);
    const early = await ratings().call(chair, 'POST', `${base}/approval`);
    expect([early.status, early.body?.error?.code]).toEqual([409, 'judgements-pending']);

    await holder().query('ROLLBACK');
    await eventually(async () => (await packNow())?.cases.reopened === 1);
    const reopened = await packNow();
    expect([reopened?.cases.approved, reopened?.judgementsPending]).toEqual([10, 0]);
    const refused = await ratings().call(chair, 'POST', `${base}/approval`);
    expect([refused.status, refused.body?.error?.code]).toEqual([409, 'cases-reopened']);
  });

  /** Every qualitative standard proposed, the unrated ones decided and 1.1 confirmed: ready for the chair. */
  async function readyForApproval(base: string, caseRef: string) {
    for (const standard of QUALITATIVE) {
      const proposed = await ratings().call(lead, 'PUT', `${base}/proposals/${standard}`, {
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
      expect(proposed.status, standard).toBe(200);
    }
    for (const standard of ['3.1', '3.2', '3.3']) {
      const decided = await ratings().call(inspector, 'PUT', `${base}/decisions/${standard}`, {
        version: 0,
        decision: 'up',
        to: 'Requires improvement',
        rationale: 'No out-of-court case in the sample; interviews with case managers.',
      });
      expect(decided.status, standard).toBe(200);
    }
    const confirmed = await ratings().call(inspector, 'PUT', `${base}/decisions/1.1`, {
      version: 0,
      decision: 'confirm',
    });
    expect(confirmed.status).toBe(200);
  }
});
