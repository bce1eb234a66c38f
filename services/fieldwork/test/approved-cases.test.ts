// The inspection's QA-approved cases, as the ratings service asks for them before the chair approves
// (contracts getApprovedCases), against real PostgreSQL and NATS: a case approved (here without review) is
// listed with the draft version its approval published; one still waiting for QA is not.
import { describe, expect, it } from 'vitest';
import { getApprovedCases } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { qaUnderTest } from './qa-under-test.ts';

/** The assessor's first case goes to QA (the minimum); no other is drawn, so the next is approved at once. */
const FIRST_CASE_ONLY = {
  shareByRole: { inspector: 0, 'local-assessor': 1 },
  minimumPerAssessor: 1,
  blindShare: 0,
};

describe('the approved cases the ratings service asks for', () => {
  const fieldwork = useFieldworkUnderTest();

  it('lists the approved cases with their approved version, not those waiting for QA', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(FIRST_CASE_ONLY);
    expect(await sendCommand(fieldwork().nc, getApprovedCases, { inspectionId })).toEqual({ cases: [] });
    const waiting = await submitted(inspectionId);
    const approved = await submitted(inspectionId);
    expect(await fieldwork().db.caseReview.findUnique({ where: { taskId: waiting.taskId } })).toMatchObject({
      state: 'awaiting-qa',
    });
    expect(await sendCommand(fieldwork().nc, getApprovedCases, { inspectionId })).toEqual({
      cases: [{ taskId: approved.taskId, version: 1 }],
    });
  });
});
