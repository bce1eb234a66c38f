// A confirmed case whose fieldwork task cannot be created (the inspection service refuses its facts, the
// fieldwork service the task): its workflow stays open, says why, and refuses to be assigned, so the lead can
// still exclude it (a replacement is drawn) and fieldwork can end. Failed, it would hold fieldwork open for
// ever: the inspection counts it unassigned, and could neither withdraw nor assign it.
import { expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import {
  assignCasesUpdate,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  excludeCaseUpdate,
  inspectionProgressQuery,
  inspectionStateQuery,
  reassignCaseUpdate,
  submitAssessmentUpdate,
} from '../src/index.ts';
import type { InspectionWorkflow } from '../src/workflows.ts';
import { NOT_SAMPLED, REFUSED_CASE, stubsRefusingOneTask } from './refused-task-stubs.ts';
import { lead, sampleConfirmed } from './inspection-fixtures.ts';
import { refusalOf } from './update-refusal.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';

const kit = workflowTestKit();

const submitAs = (run: WorkflowTestRun, taskId: string, userId: string) =>
  run.client.workflow
    .getHandle(caseAssessmentWorkflowId(taskId))
    .executeUpdate(submitAssessmentUpdate, { args: [{ userId, version: 1 }] });

const phaseOf = async (handle: WorkflowHandle<typeof InspectionWorkflow>) =>
  (await handle.query(inspectionStateQuery)).phase;

it('a case whose task is refused stays open and refuses assignments; the lead excludes it and fieldwork ends', async () => {
  const { inspection, cases, activities } = stubsRefusingOneTask();
  await kit.run(activities, async (run) => {
    const handle = await sampleConfirmed(run);
    const refused = run.client.workflow.getHandle(caseAssessmentWorkflowId(inspection.sample[0]!.taskId));
    // The case says why it has no task, and waits (failed, the inspection could not move on).
    const told = await eventually(async () => {
      const { status } = await refused.describe();
      if (status.name !== 'RUNNING') return { status: status.name };
      const state = await refused.query(caseAssessmentStateQuery);
      return state.lastRefusal ? { status: status.name, state } : null;
    });
    expect(told).toMatchObject({
      status: 'RUNNING',
      state: { state: 'unassigned', lastRefusal: { command: 'createCaseTask', reason: NOT_SAMPLED } },
    });

    // The bulk assignment goes ahead for the others; the lead's reassignment of the case hears why not.
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.assigned === 2 ? true : null,
    );
    expect(
      await refusalOf(
        handle.executeUpdate(reassignCaseUpdate, {
          args: [{ actor: lead, caseRef: REFUSED_CASE, assigneeId: 'inspector-2' }],
        }),
      ),
    ).toMatchObject({ code: 'not-allowed-now', reason: expect.stringMatching(/no fieldwork task/) });

    // Excluded, it is withdrawn without a task to withdraw, and its replacement starts.
    const excluded = await handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: REFUSED_CASE, reason: 'facts missing' }],
    });
    expect(excluded.sample).toMatchObject({ excluded: 1 });
    expect(await refused.result()).toMatchObject({ state: 'withdrawn' });
    expect(cases.called('withdrawCaseTask')).toEqual([]);
    const replacement = inspection.sample[3]!;
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).cases.some(({ taskId }) => taskId === replacement.taskId)
        ? true
        : null,
    );

    // Every case left in the sample submitted, fieldwork ends.
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.assigned === 3 ? true : null,
    );
    for (const { taskId } of inspection.sample.slice(1)) await submitAs(run, taskId, 'inspector-1');
    expect(
      await eventually(async () => ((await phaseOf(handle)) !== 'fieldwork' ? phaseOf(handle) : null)),
    ).toBe('quality-assurance');
  });
});
