// The inspection's QA-approved cases, as the ratings service asks for them before the chair approves
// (contracts getApprovedCases), against real PostgreSQL and NATS: a case approved (here without review) is
// listed with the draft version its approval published; one still waiting for QA is not. A case the lead
// reopens for correction is named as reopened, with the version its reopening published, until quality
// assurance approves it again.
import { describe, expect, it } from 'vitest';
import { getApprovedCases } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { qaUnderTest } from './qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { inspector, reviewer, lead } = SERVICE_CALLERS;

/** The assessor's first case goes to QA (the minimum); no other is drawn, so the next is approved at once. */
const FIRST_CASE_ONLY = {
  shareByRole: { inspector: 0, 'local-assessor': 1 },
  minimumPerAssessor: 1,
  blindShare: 0,
};

describe('the approved cases the ratings service asks for', () => {
  const fieldwork = useFieldworkUnderTest();
  const approvedCases = (inspectionId: string) =>
    sendCommand(fieldwork().nc, getApprovedCases, { inspectionId });

  /** A move of the case's review by `as`, based on the review's version as it stands. */
  async function moved(as: typeof reviewer | typeof lead, taskId: string, path: string, body: object = {}) {
    const { version } = await fieldwork().db.caseReview.findUniqueOrThrow({ where: { taskId } });
    const answer = await fieldwork().call(as, 'POST', `/api/fieldwork/reviews/${taskId}/${path}`, {
      version,
      ...body,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  }

  it('lists the approved cases with their approved version, not those waiting for QA', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(FIRST_CASE_ONLY);
    expect(await approvedCases(inspectionId)).toEqual({ cases: [], reopened: [] });
    const waiting = await submitted(inspectionId);
    const approved = await submitted(inspectionId);
    expect(await fieldwork().db.caseReview.findUnique({ where: { taskId: waiting.taskId } })).toMatchObject({
      state: 'awaiting-qa',
    });
    expect(await approvedCases(inspectionId)).toEqual({
      cases: [{ taskId: approved.taskId, version: 1 }],
      reopened: [],
    });
  });

  it('names a case reopened for correction, at the version reopened, until it is approved again', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(FIRST_CASE_ONLY);
    await submitted(inspectionId);
    const { taskId, answers } = await submitted(inspectionId);
    await moved(lead, taskId, 'correction', { reason: 'the wrong case file was read' });
    const reopenedAtFirst = { cases: [], reopened: [{ taskId, version: 1 }] };
    expect(await approvedCases(inspectionId)).toEqual(reopenedAtFirst);

    // Resubmitted as it was (the task's next version), then returned and revised: later rounds, each with
    // its own version, and still the version the correction reopened.
    const submit = (version: number) =>
      fieldwork().call(inspector, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, { version });
    expect((await submit(2)).status).toBe(200);
    await moved(reviewer, taskId, 'claim');
    await moved(reviewer, taskId, 'return', { reason: 'Say why', comments: { 'A1.1': 'Which document?' } });
    expect(await approvedCases(inspectionId)).toEqual(reopenedAtFirst);
    const path = `/api/fieldwork/tasks/${taskId}`;
    expect((await fieldwork().call(inspector, 'POST', `${path}/revise`)).status).toBe(200);
    const revised = await fieldwork().call(inspector, 'PUT', `${path}/draft`, {
      version: 2,
      answers: { 'A1.1': answers['A1.1'] === 'yes' ? 'no' : 'yes' },
    });
    expect(revised.body).toMatchObject({ version: 3 });
    expect((await submit(3)).status).toBe(200);
    expect(await approvedCases(inspectionId)).toEqual(reopenedAtFirst);

    // Approved again: listed at the version approved, no longer reopened.
    await moved(reviewer, taskId, 'claim');
    await moved(reviewer, taskId, 'approve');
    expect(await approvedCases(inspectionId)).toEqual({ cases: [{ taskId, version: 3 }], reopened: [] });
  });
});
