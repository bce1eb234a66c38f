// The case assessment workflow on a real Temporal server with stand-in activities: every change of the
// case's state (the lead's Updates, the inspection's bulk-assignment signal, the assessor's submission)
// runs one at a time, each checked against the state when its turn comes; a command refused inside a
// signal is recorded on the case, and the workflow carries on.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { CaseAssessmentInput } from '@yji/contracts';
import {
  assignCaseSignal,
  assignCaseUpdate,
  CASE_ASSESSMENT_WORKFLOW,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  submitAssessmentUpdate,
  withdrawCaseUpdate,
} from '../src/index.ts';
import type { CaseAssessmentWorkflow } from '../src/workflows.ts';
import { caseActivityStubs, commandRejected } from './stub-activities.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';

const kit = workflowTestKit();
const FAR_DUE = '2099-01-15T17:00:00.000Z';

function caseInput(overrides: Partial<CaseAssessmentInput> = {}): CaseAssessmentInput {
  return {
    taskId: randomUUID(),
    inspectionId: randomUUID(),
    caseRef: `C${randomUUID().slice(0, 6)}`,
    frameworkId: 'd2-v6.5',
    reminderLeadMs: 24 * 60 * 60 * 1000,
    ...overrides,
  };
}

/** Starts a case and waits until its fieldwork task exists (an assignment before that waits for it). */
async function startCase(
  { start }: WorkflowTestRun,
  stubs: ReturnType<typeof caseActivityStubs>,
  input = caseInput(),
) {
  const handle = await start<typeof CaseAssessmentWorkflow>(CASE_ASSESSMENT_WORKFLOW, {
    workflowId: caseAssessmentWorkflowId(input.taskId),
    args: [input],
  });
  await eventually(async () => stubs.called('createCaseTask')[0]);
  return handle;
}

describe('CaseAssessmentWorkflow: one change at a time', () => {
  it('a withdrawal that arrives while a signalled assignment is under way waits for it: the case ends withdrawn', async () => {
    const stubs = caseActivityStubs({ assign: () => ({ delayMs: 800 }) });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE });
      const withdrawn = await handle.executeUpdate(withdrawCaseUpdate);
      expect(withdrawn.state).toBe('withdrawn');
      const final = await handle.result();
      expect(final).toMatchObject({ state: 'withdrawn', assigneeId: 'inspector-1' });
      expect(stubs.calls.map((call) => call.name)).toEqual([
        'createCaseTask',
        'assignCaseTask',
        'withdrawCaseTask',
      ]);
    });
  });

  it('a submission that arrives while a signalled reassignment is under way is checked after it: the new assignee holds the case', async () => {
    const stubs = caseActivityStubs({
      assign: (assigneeId) => (assigneeId === 'inspector-2' ? { delayMs: 800 } : undefined),
    });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] });
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-2', dueAt: FAR_DUE });
      const submission = handle.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 3 }],
      });
      await expect(submission).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      expect(await handle.query(caseAssessmentStateQuery)).toMatchObject({
        state: 'assigned',
        assigneeId: 'inspector-2',
      });
      expect(stubs.called('lockSubmittedTask')).toEqual([]);
    });
  });

  it('a signalled assignment the service refuses is recorded on the case; the workflow carries on', async () => {
    const stubs = caseActivityStubs({
      assign: (assigneeId) =>
        assigneeId === 'inspector-9'
          ? {
              refuse: commandRejected('not-an-assessor', 'inspector-9 is not an assessor on this inspection'),
            }
          : undefined,
    });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-9', dueAt: FAR_DUE });
      // Either the refusal shows on the case, or (the defect) the workflow has failed.
      const outcome = await eventually(async () => {
        const { status } = await handle.describe();
        if (status.name !== 'RUNNING') return { status: status.name };
        const state = await handle.query(caseAssessmentStateQuery);
        return state.lastRefusal ? { status: status.name, state } : null;
      });
      expect(outcome.status).toBe('RUNNING');
      expect(outcome.state).toMatchObject({
        state: 'unassigned',
        assigneeId: null,
        lastRefusal: {
          command: 'assignCase',
          reason: 'inspector-9 is not an assessor on this inspection',
        },
      });
      const assigned = await handle.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }],
      });
      expect(assigned).toMatchObject({ state: 'assigned', assigneeId: 'inspector-1' });
    });
  });
});
