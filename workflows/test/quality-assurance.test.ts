// The inspection workflow's quality-assurance stage on a real Temporal server with stand-in activities:
// fieldwork ends when every case in the sample is submitted, quality assurance when every one is approved
// (approvals arrive as signals, repeated and out of order), and a reopening holds the inspection back.
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import type { CaseApproval } from '@yji/contracts';
import {
  assignCaseUpdate,
  caseApprovalSignal,
  caseAssessmentWorkflowId,
  excludeCaseUpdate,
  inspectionPhaseKey,
  inspectionStateQuery,
  ratingsPanelWorkflowId,
  submitAssessmentUpdate,
} from '../src/index.ts';
import type { InspectionWorkflow } from '../src/workflows.ts';
import { caseActivityStubs, inspectionActivityStubs, ratingsPanelActivityStubs } from './stub-activities.ts';
import { inFieldwork, lead } from './inspection-fixtures.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';

const kit = workflowTestKit();
type Inspection = WorkflowHandle<typeof InspectionWorkflow>;

const phaseOf = async (handle: Inspection) => (await handle.query(inspectionStateQuery)).phase;
const reaches = (handle: Inspection, phase: string) =>
  eventually(async () => ((await phaseOf(handle)) === phase ? true : null));

async function submit(run: WorkflowTestRun, taskId: string) {
  await run.client.workflow
    .getHandle(caseAssessmentWorkflowId(taskId))
    .executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
}

const approval = (taskId: string, version: number, approved = true): CaseApproval => ({
  taskId,
  version,
  approved,
});

/** Stand-ins for the whole lifecycle up to the panel, which opens (its activities stubbed too). */
const lifecycleStubs = () => {
  const inspection = inspectionActivityStubs();
  return {
    inspection,
    activities: {
      ...inspection.activities,
      ...caseActivityStubs().activities,
      ...ratingsPanelActivityStubs().activities,
    },
  };
};

describe('InspectionWorkflow: quality assurance', () => {
  it('moves to quality assurance once every case is submitted, and to the panel once every case is approved', async () => {
    const { inspection, activities } = lifecycleStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [first, second, third] = inspection.sample.map(({ taskId }) => taskId) as [
        string,
        string,
        string,
      ];

      // Quality assurance may approve a case during fieldwork; fieldwork still ends only with every submission.
      await submit(run, first);
      await handle.signal(caseApprovalSignal, approval(first, 1));
      await submit(run, second);
      expect(await phaseOf(handle)).toBe('fieldwork');
      await submit(run, third);
      await reaches(handle, 'quality-assurance');
      expect((await handle.describe()).typedSearchAttributes.get(inspectionPhaseKey)).toBe(
        'quality-assurance',
      );

      // A repeated approval, and the late arrival of an approval its reopening overtook, change nothing.
      await handle.signal(caseApprovalSignal, approval(first, 1));
      await handle.signal(caseApprovalSignal, approval(second, 1, false));
      await handle.signal(caseApprovalSignal, approval(second, 1));
      await handle.signal(caseApprovalSignal, approval(third, 1));
      await handle.signal(caseApprovalSignal, approval(third, 1));
      expect(await phaseOf(handle)).toBe('quality-assurance');

      // The resubmitted second case's approval is the last one missing: the panel starts.
      await handle.signal(caseApprovalSignal, approval(second, 2));
      await reaches(handle, 'ratings-panel');
      const panel = run.client.workflow.getHandle(ratingsPanelWorkflowId(handle.workflowId));
      expect((await panel.describe()).status.name).toBe('RUNNING');
    });
  });

  it('does not count a withdrawn case, and waits for its replacement', async () => {
    const { inspection, activities } = lifecycleStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [first, second] = inspection.sample.map(({ taskId }) => taskId) as [string, string];
      await submit(run, first);
      await submit(run, second);
      await handle.executeUpdate(excludeCaseUpdate, {
        args: [{ actor: lead, caseRef: inspection.sample[2]!.caseRef, reason: 'moved away' }],
      });
      // The replacement is in the sample and not submitted: still fieldwork.
      expect(inspection.sample).toHaveLength(4);
      expect(await phaseOf(handle)).toBe('fieldwork');
      const replacement = run.client.workflow.getHandle(
        caseAssessmentWorkflowId(inspection.sample[3]!.taskId),
      );
      await replacement.executeUpdate(assignCaseUpdate, {
        args: [{ assigneeId: 'inspector-1', dueAt: '2099-01-15T23:59:59.999Z' }],
      });
      await submit(run, inspection.sample[3]!.taskId);
      await reaches(handle, 'quality-assurance');
    });
  });

  it('carries the approvals over when it continues as new in quality assurance', async () => {
    const { inspection, activities } = lifecycleStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run, { options: { continueAsNewAfterEvents: 80 } });
      const taskIds = inspection.sample.map(({ taskId }) => taskId);
      for (const taskId of taskIds) await submit(run, taskId);
      await reaches(handle, 'quality-assurance');
      const { runId } = await handle.describe();
      // Approvals of cases the inspection knows, one at a time, until the history is long enough.
      await handle.signal(caseApprovalSignal, approval(taskIds[0]!, 1));
      await handle.signal(caseApprovalSignal, approval(taskIds[1]!, 1));
      for (let repeat = 0; repeat < 40; repeat += 1)
        await handle.signal(caseApprovalSignal, approval(taskIds[0]!, 1));
      await eventually(async () => ((await handle.describe()).runId !== runId ? true : null));
      expect(await phaseOf(handle)).toBe('quality-assurance');
      await handle.signal(caseApprovalSignal, approval(taskIds[2]!, 1));
      await reaches(handle, 'ratings-panel');
    });
  });
});
