// The case assessment workflow on a real Temporal server with stand-in activities: every change of the
// case's state (the lead's Updates, the inspection's bulk-assignment signal, the assessor's submission)
// runs one at a time, each checked against the state when its turn comes; a command refused inside a
// signal is recorded on the case, and the workflow carries on.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { CaseAssessmentInput } from '@yji/contracts';
import {
  assessmentStartedSignal,
  assignCaseSignal,
  assignCaseUpdate,
  CASE_ASSESSMENT_WORKFLOW,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  submitAssessmentUpdate,
  withdrawCaseSignal,
  withdrawCaseUpdate,
} from '../src/index.ts';
import type { CaseAssessmentWorkflow } from '../src/workflows.ts';
import { caseActivityStubs, commandRejected } from './stub-activities.ts';
import { FAR_DUE } from './times.ts';
import { reasonOf } from './update-refusal.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';

const kit = workflowTestKit();

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

/** Starts a case without waiting for its task (created by its inspection when `input.taskCreated`). */
const startCaseNow = ({ start }: WorkflowTestRun, input = caseInput({ taskCreated: true })) =>
  start<typeof CaseAssessmentWorkflow>(CASE_ASSESSMENT_WORKFLOW, {
    workflowId: caseAssessmentWorkflowId(input.taskId),
    args: [input],
  });

describe('CaseAssessmentWorkflow: one change at a time', () => {
  it('a withdrawal that arrives while a signalled assignment is under way waits for it: the case ends withdrawn', async () => {
    const stubs = caseActivityStubs({ assignCaseTask: () => ({ delayMs: 800 }) });
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

  it('a submission by the previous assessor while a signalled reassignment is under way is refused: the new assignee holds the case', async () => {
    const stubs = caseActivityStubs({
      assignCaseTask: (_taskId, assigneeId) => (assigneeId === 'inspector-2' ? { delayMs: 800 } : undefined),
    });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] });
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-2', dueAt: FAR_DUE });
      const submission = handle.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 3 }],
      });
      await expect(submission).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      const settled = await eventually(async () => {
        const state = await handle.query(caseAssessmentStateQuery);
        return state.assigneeId === 'inspector-2' ? state : null;
      });
      expect(settled.state).toBe('assigned');
      expect(stubs.called('lockSubmittedTask')).toEqual([]);
    });
  });

  it('a submission by the assessor being assigned, while that assignment is under way, waits for it: the case ends submitted', async () => {
    // After a worker restart the fieldwork task can show the assessor while the case's assignment activity
    // waits for its retry; the assessor's submission then must not be refused as "unassigned".
    const stubs = caseActivityStubs({ assignCaseTask: () => ({ delayMs: 800 }) });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const submitted = await handle.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      expect(submitted).toMatchObject({ state: 'submitted', assigneeId: 'inspector-1' });
      expect(stubs.called('lockSubmittedTask')).toHaveLength(1);
    });
  });

  it('a signalled assignment the service refuses is recorded on the case; the workflow carries on', async () => {
    const stubs = caseActivityStubs({
      assignCaseTask: (_taskId, assigneeId) =>
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

  it('Updates run in the order they arrive: the later reassignment wins even when the earlier one is slower', async () => {
    const stubs = caseActivityStubs({
      assignCaseTask: (_taskId, assigneeId) => (assigneeId === 'inspector-1' ? { delayMs: 600 } : undefined),
    });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      const first = handle.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }],
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = handle.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-2', dueAt: FAR_DUE }],
      });
      expect((await first).assigneeId).toBe('inspector-1');
      expect((await second).assigneeId).toBe('inspector-2');
      expect((await handle.query(caseAssessmentStateQuery)).assigneeId).toBe('inspector-2');
      expect(stubs.called('assignCaseTask').map((call) => call.args[1])).toEqual([
        'inspector-1',
        'inspector-2',
      ]);
    });
  });

  it('withdrawal against submission: whichever arrives first wins, the other is refused on its turn', async () => {
    const stubs = caseActivityStubs({
      lockSubmittedTask: () => ({ delayMs: 500 }),
      withdrawCaseTask: () => ({ delayMs: 500 }),
    });
    await kit.run(stubs.activities, async (run) => {
      const submitFirst = await startCase(run, stubs);
      await submitFirst.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }],
      });
      const submission = submitFirst.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const withdrawal = submitFirst.executeUpdate(withdrawCaseUpdate);
      withdrawal.catch(() => {}); // refused while the submission is awaited; asserted below
      expect((await submission).state).toBe('submitted');
      await expect(withdrawal).rejects.toThrow(WorkflowUpdateFailedError);
      expect((await submitFirst.result()).state).toBe('submitted');

      const withdrawFirst = await startCase(run, stubs);
      await withdrawFirst.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }],
      });
      const withdrawn = withdrawFirst.executeUpdate(withdrawCaseUpdate);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const late = withdrawFirst.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      late.catch(() => {}); // refused while the withdrawal is awaited; asserted below
      expect((await withdrawn).state).toBe('withdrawn');
      await expect(late).rejects.toThrow(WorkflowUpdateFailedError);
      expect((await withdrawFirst.result()).state).toBe('withdrawn');
      expect(stubs.called('lockSubmittedTask')).toHaveLength(1);
      expect(stubs.called('withdrawCaseTask')).toHaveLength(1);
    });
  });

  it("a withdrawal the inspection signals during a submission is refused on its turn and recorded with the request's id", async () => {
    const stubs = caseActivityStubs({ lockSubmittedTask: () => ({ delayMs: 500 }) });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] });
      const submission = handle.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await handle.signal(withdrawCaseSignal, { requestId: 'request-1' });
      expect((await submission).state).toBe('submitted');
      expect(await handle.result()).toMatchObject({
        state: 'submitted',
        lastRefusal: {
          command: 'withdrawCase',
          reason: 'the case is submitted; it cannot be withdrawn',
          requestId: 'request-1',
        },
      });
      expect(stubs.called('withdrawCaseTask')).toEqual([]);
    });
  });

  it('refuses what the state does not allow, with the reason, and changes nothing', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      const reason = (update: Promise<unknown>) =>
        update.then(
          () => 'accepted',
          (error: Error) => (error.cause as Error).message,
        );
      expect(
        await reason(
          handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 0 }] }),
        ),
      ).toBe('the case is unassigned; it cannot be submitted');
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] });
      expect(
        await reason(
          handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-2', version: 0 }] }),
        ),
      ).toBe('only the assigned assessor may submit this case');
      // A finished case (submitted or withdrawn) ends its workflow: what comes later is refused by Temporal.
      await handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 0 }] });
      await expect(handle.executeUpdate(withdrawCaseUpdate)).rejects.toThrow();
      expect(stubs.called('lockSubmittedTask')).toHaveLength(1);
      expect(stubs.called('withdrawCaseTask')).toEqual([]);
    });
  });

  it('the first save by the assignee starts the case; a save by anyone else does not', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs);
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] });
      await handle.signal(assessmentStartedSignal, { userId: 'inspector-2' });
      await handle.signal(assessmentStartedSignal, { userId: 'inspector-1' });
      const started = await eventually(async () => {
        const state = await handle.query(caseAssessmentStateQuery);
        return state.state === 'in-progress' ? state : null;
      });
      expect(started).toMatchObject({ assigneeId: 'inspector-1', lastRefusal: null });
    });
  });
});

describe('CaseAssessmentWorkflow: its task created and assigned by the inspection (issue 12)', () => {
  it('takes a task created with its sample and an assignment already recorded without an activity of its own', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCaseNow(run);
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE, recorded: true });
      await handle.signal(assessmentStartedSignal, { userId: 'inspector-1' });
      await eventually(async () =>
        (await handle.query(caseAssessmentStateQuery)).state === 'in-progress' ? true : null,
      );
      await handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
      expect((await handle.result()).state).toBe('submitted');
      expect(stubs.calls.map((call) => call.name)).toEqual(['lockSubmittedTask']);
    });
  });

  it('a submission by the assessor of a recorded assignment still waiting its turn is accepted, and waits for it', async () => {
    // The case is busy (its task's creation is slow), so the recorded assignment waits in the queue.
    const stubs = caseActivityStubs({ createCaseTask: () => ({ delayMs: 800 }) });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCaseNow(run, caseInput());
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE, recorded: true });
      expect(
        await reasonOf(
          handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-2', version: 1 }] }),
        ),
      ).toBe('only the assigned assessor may submit this case');
      const submitted = await handle.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      expect(submitted).toMatchObject({ state: 'submitted', assigneeId: 'inspector-1' });
      expect(stubs.calls.map((call) => call.name)).toEqual(['createCaseTask', 'lockSubmittedTask']);
    });
  });

  it('a start heard before the recorded assignment it follows counts once the assignment comes; one by someone else, or before an assignment the case records itself, does not', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      /** The case once it has taken an assignment signalled after a start by `startedBy`. */
      const afterEarlyStart = async (
        handle: Awaited<ReturnType<typeof startCaseNow>>,
        startedBy: string,
        recorded: boolean,
      ) => {
        await handle.signal(assessmentStartedSignal, { userId: startedBy });
        await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE, recorded });
        return eventually(async () => {
          const state = await handle.query(caseAssessmentStateQuery);
          return state.state === 'unassigned' ? null : state;
        });
      };
      // The fieldwork service recorded inspector-1, who saved at once: the start reaches the case first.
      expect(await afterEarlyStart(await startCaseNow(run), 'inspector-1', true)).toMatchObject({
        state: 'in-progress',
        assigneeId: 'inspector-1',
      });
      expect(await afterEarlyStart(await startCaseNow(run), 'inspector-2', true)).toMatchObject({
        state: 'assigned',
      });
      expect(await afterEarlyStart(await startCase(run, stubs), 'inspector-1', false)).toMatchObject({
        state: 'assigned',
      });
    });
  });
});

describe('CaseAssessmentWorkflow: its task refused', () => {
  it('stays open and says why, refuses assignments (one waiting for the task too), and is withdrawn without a task', async () => {
    const stubs = caseActivityStubs({
      createCaseTask: () => ({
        delayMs: 500,
        refuse: commandRejected('not-sampled', 'the case is not in the confirmed sample'),
      }),
    });
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCaseNow(run, caseInput());
      // Sent while the task is being created: it waits for the task, then hears there is none.
      await handle.signal(assignCaseSignal, { assigneeId: 'inspector-1', dueAt: FAR_DUE, requestId: 'r-1' });
      const refused = await eventually(async () => {
        const { status } = await handle.describe();
        if (status.name !== 'RUNNING') return { status: status.name };
        const state = await handle.query(caseAssessmentStateQuery);
        return state.lastRefusal?.requestId === 'r-1' ? { status: status.name, state } : null;
      });
      expect(refused).toMatchObject({
        status: 'RUNNING',
        state: { state: 'unassigned', assigneeId: null, lastRefusal: { command: 'assignCase' } },
      });
      expect(refused.state?.lastRefusal?.reason).toMatch(/no fieldwork task/);
      expect(
        await reasonOf(
          handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt: FAR_DUE }] }),
        ),
      ).toMatch(/no fieldwork task/);
      expect((await handle.executeUpdate(withdrawCaseUpdate)).state).toBe('withdrawn');
      expect((await handle.result()).state).toBe('withdrawn');
      expect(stubs.calls).toEqual([]);
    });
  });
});

describe('CaseAssessmentWorkflow: due dates', () => {
  it('reminds before the due date and escalates when it passes; a reassignment clears the escalation and starts the timers again', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs, caseInput({ reminderLeadMs: 1000 }));
      const firstDue = new Date(Date.now() + 1500).toISOString();
      await handle.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: firstDue }],
      });
      await eventually(async () => stubs.called('recordDeadlineEvent')[1]);
      expect(await handle.query(caseAssessmentStateQuery)).toMatchObject({ overdue: true, dueAt: firstDue });
      expect(stubs.called('recordDeadlineEvent').map((call) => call.args.slice(1))).toEqual([
        ['reminder', firstDue],
        ['overdue', firstDue],
      ]);

      const secondDue = new Date(Date.now() + 1500).toISOString();
      const reassigned = await handle.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-2', dueAt: secondDue }],
      });
      expect(reassigned.overdue).toBe(false);
      await eventually(async () => stubs.called('recordDeadlineEvent')[3]);
      expect(stubs.called('recordDeadlineEvent').map((call) => call.args.slice(1))).toEqual([
        ['reminder', firstDue],
        ['overdue', firstDue],
        ['reminder', secondDue],
        ['overdue', secondDue],
      ]);
    });
  });

  it('a case assigned inside its reminder window is reminded at once', async () => {
    const stubs = caseActivityStubs();
    await kit.run(stubs.activities, async (run) => {
      const handle = await startCase(run, stubs, caseInput({ reminderLeadMs: 60 * 60 * 1000 }));
      const dueAt = new Date(Date.now() + 30 * 60 * 1000).toISOString();
      await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt }] });
      await eventually(async () => stubs.called('recordDeadlineEvent')[0]);
      expect(stubs.called('recordDeadlineEvent').map((call) => call.args.slice(1))).toEqual([
        ['reminder', dueAt],
      ]);
      expect((await handle.query(caseAssessmentStateQuery)).overdue).toBe(false);
    });
  });
});
