// The inspection workflow on a real Temporal server with stand-in activities: the lead inspector's
// decisions are refused outside their phase (the refusal recorded, to be read by the decision's id),
// set-up → sampling → fieldwork starts one case workflow per confirmed case, and the bulk assignment
// reaches only the cases whose assessor changes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WorkflowNotFoundError, WorkflowUpdateStage } from '@temporalio/client';
import {
  assignCasesUpdate,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  confirmSampleUpdate,
  drawSampleUpdate,
  excludeCaseUpdate,
  inspectionPhaseKey,
  inspectionProgressQuery,
  inspectionStateQuery,
  submitAssessmentUpdate,
  useLongListUpdate,
  decisionResult,
} from '../src/index.ts';
import { caseActivityStubs, inspectionActivityStubs, inspectionAndCaseStubs } from './stub-activities.ts';
import { drawSample, inFieldwork, lead, sampleConfirmed, startInspection } from './inspection-fixtures.ts';
import { reasonOf, refusalOf } from './update-refusal.ts';
import { eventually, workflowTestKit } from './workflow-kit.ts';

const kit = workflowTestKit();

describe('InspectionWorkflow', () => {
  it('refuses each decision outside its phase, and takes it in its phase', async () => {
    const inspection = inspectionActivityStubs();
    await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
      const handle = await startInspection(run);
      expect(
        await reasonOf(handle.executeUpdate(drawSampleUpdate, { args: [{ actor: lead, seed: 's' }] })),
      ).toBe('the inspection is being set up; this can be done only while it is in sampling');
      expect(await reasonOf(handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] }))).toBe(
        'the inspection is being set up; this can be done only while it is in sampling',
      );
      await handle.executeUpdate(useLongListUpdate, { args: [{ actor: lead, longListId: randomUUID() }] });
      expect(await reasonOf(handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] }))).toBe(
        'draw a sample first',
      );
      expect(
        await reasonOf(
          handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] }),
        ),
      ).toBe('the inspection is in sampling; this can be done only while it is in fieldwork');
      expect(
        await reasonOf(
          handle.executeUpdate(excludeCaseUpdate, {
            args: [{ actor: lead, caseRef: 'C0001', reason: 'moved away' }],
          }),
        ),
      ).toBe('draw a sample first');
      const drawn = await handle.executeUpdate(drawSampleUpdate, { args: [{ actor: lead, seed: 's' }] });
      expect(drawn).toMatchObject({ phase: 'sampling', sample: { selected: 3, confirmed: false } });
      // Refused decisions never reached the service.
      expect(inspection.calls.map((call) => call.name)).toEqual([
        'recordInspection',
        'activateLongList',
        'drawSample',
      ]);
    });
  });

  it('records a refused decision, so its outcome says why after the request stopped waiting; a decision sent during another is judged on its turn', async () => {
    const inspection = inspectionActivityStubs({ confirmSample: () => ({ delayMs: 1_500 }) });
    await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
      const handle = await startInspection(run);
      // As the inspection service sends a decision it may answer 202 for: accepted, then read by its id.
      const accepted = await handle.startUpdate(confirmSampleUpdate, {
        args: [{ actor: lead }],
        updateId: 'confirm-in-set-up',
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      expect(await refusalOf(decisionResult(run.client, handle.workflowId, accepted.updateId))).toEqual({
        code: 'InvalidState',
        reason: 'the inspection is being set up; this can be done only while it is in sampling',
      });

      await drawSample(handle);
      const confirming = handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
      await eventually(async () => (inspection.called('confirmSample').length ? true : null));
      // Sent while the confirmation is under way (still sampling): it waits its turn, and fieldwork takes it.
      const assigned = await handle.executeUpdate(assignCasesUpdate, {
        args: [{ actor: lead, request: { mode: 'auto' } }],
      });
      expect((await confirming).phase).toBe('fieldwork');
      expect(assigned.totals.cases).toBe(3);
    });
  });

  it('excludes a case before confirmation without starting anything, and starts one case workflow per confirmed case', async () => {
    const { cases, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await startInspection(run);
      await handle.executeUpdate(useLongListUpdate, { args: [{ actor: lead, longListId: randomUUID() }] });
      await handle.executeUpdate(drawSampleUpdate, { args: [{ actor: lead, seed: 's' }] });
      const afterExclusion = await handle.executeUpdate(excludeCaseUpdate, {
        args: [{ actor: lead, caseRef: 'C0002', reason: 'moved away' }],
      });
      expect(afterExclusion.sample).toMatchObject({ excluded: 1, confirmed: false });
      expect(cases.called('createCaseTask')).toEqual([]);

      const confirmed = await handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
      expect(confirmed).toMatchObject({ phase: 'fieldwork', sample: { confirmed: true } });
      const progress = await eventually(async () => {
        const current = await handle.query(inspectionProgressQuery);
        return current.totals.cases === 3 ? current : null;
      });
      expect(progress.totals.byState).toEqual({ unassigned: 3 });
      expect((await handle.describe()).typedSearchAttributes.get(inspectionPhaseKey)).toBe('fieldwork');
      expect(
        await reasonOf(
          handle.executeUpdate(useLongListUpdate, { args: [{ actor: lead, longListId: randomUUID() }] }),
        ),
      ).toBe('the inspection is in fieldwork; this can be done only while it is being set up or in sampling');
    });
  });

  it('a bulk assignment reaches every case it changes, and a repeated one reaches none', async () => {
    const { inspection, cases, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await sampleConfirmed(run);
      await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
      const assigned = await eventually(async () => {
        const current = await handle.query(inspectionProgressQuery);
        return current.totals.byState.assigned === 3 ? current : null;
      });
      expect(assigned.cases.every((entry) => entry.assigneeId === 'inspector-1')).toBe(true);
      const child = run.client.workflow.getHandle(caseAssessmentWorkflowId(inspection.sample[0]!.taskId));
      expect(await child.query(caseAssessmentStateQuery)).toMatchObject({ state: 'assigned' });

      await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
      // New cases' assessors are recorded at once, by the inspection; the repeat records nothing.
      expect(inspection.called('assignNewTasks').map((call) => call.args)).toEqual([
        [{ assignments: inspection.sample.map(({ taskId }) => expect.objectContaining({ taskId })) }],
      ]);
      expect(cases.called('assignCaseTask')).toEqual([]);
    });
  });

  it('refuses a manual assignment of a submitted case before the service records it, naming the case; a later assignment to a case finished meanwhile is passed over', async () => {
    // The inspection service's plan: every case to inspector-1 until the test moves the first one's record
    // to inspector-2 (a record out of step with the case, as a case submitted while the plan was made leaves).
    let firstTo = 'inspector-1';
    const inspection = inspectionActivityStubs();
    const planAssignments: typeof inspection.activities.planAssignments = async (...args) => {
      const plan = await inspection.activities.planAssignments(...args);
      return {
        ...plan,
        assignments: plan.assignments.map((entry, index) =>
          index === 0 ? { ...entry, assigneeId: firstTo } : entry,
        ),
      };
    };
    const activities = { ...inspection.activities, ...caseActivityStubs().activities, planAssignments };
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [first, second] = inspection.sample;
      const child = run.client.workflow.getHandle(caseAssessmentWorkflowId(first!.taskId));
      await child.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
      await child.result();
      const planned = inspection.called('planAssignments').length;

      const manual = (caseRef: string) =>
        handle.executeUpdate(assignCasesUpdate, {
          args: [
            {
              actor: lead,
              request: { mode: 'manual', assignments: [{ caseRef, assigneeId: 'inspector-2' }] },
            },
          ],
        });
      expect(await refusalOf(manual(first!.caseRef))).toEqual({
        code: 'case-not-open',
        reason: `case ${first!.caseRef}: the case is submitted; it cannot be assigned`,
      });
      expect(inspection.called('planAssignments')).toHaveLength(planned);

      // The record says inspector-2 holds the submitted case: the plan names it, its case takes no signal.
      firstTo = 'inspector-2';
      const progress = await handle.executeUpdate(assignCasesUpdate, {
        args: [{ actor: lead, request: { mode: 'auto' } }],
      });
      expect(progress.cases.find((entry) => entry.taskId === first!.taskId)).toMatchObject({
        state: 'submitted',
        assigneeId: 'inspector-1',
      });
      expect(progress.cases.find((entry) => entry.taskId === second!.taskId)).toMatchObject({
        state: 'assigned',
      });
    });
  });

  it("creates the confirmed sample's tasks and records new cases' assessors in one activity each; a case the fieldwork service left out creates and assigns its own (issue 12)", async () => {
    const leftOut = (taskIds: string[]) => taskIds.slice(1);
    const inspection = inspectionActivityStubs({}, { sampleSize: 3 });
    const cases = caseActivityStubs();
    const activities = {
      ...inspection.activities,
      ...cases.activities,
      // The fieldwork service creates and assigns every task but the first (a case another task holds, say).
      createSampleTasks: async (...args: Parameters<typeof inspection.activities.createSampleTasks>) =>
        leftOut(await inspection.activities.createSampleTasks(...args)),
      assignNewTasks: async (...args: Parameters<typeof inspection.activities.assignNewTasks>) => ({
        taskIds: leftOut((await inspection.activities.assignNewTasks(...args)).taskIds),
      }),
    };
    await kit.run(activities, async (run) => {
      await inFieldwork(run);
      const [first] = inspection.sample;
      expect(inspection.called('createSampleTasks')).toHaveLength(1);
      expect(inspection.called('createSampleTasks')[0]!.args[1]).toEqual(inspection.sample);
      expect(cases.called('createCaseTask').map((call) => call.args[0])).toEqual([
        expect.objectContaining({ taskId: first!.taskId }),
      ]);
      expect(cases.called('assignCaseTask').map((call) => call.args[0])).toEqual([first!.taskId]);
      // The others' histories hold no activity at all until they are submitted.
      for (const { taskId } of inspection.sample.slice(1)) {
        const events = (await run.client.workflow.getHandle(caseAssessmentWorkflowId(taskId)).fetchHistory())
          .events;
        expect(events?.filter((event) => event.activityTaskScheduledEventAttributes)).toEqual([]);
      }
    });
  });

  it('starts every confirmed case and signals every changed assignment in one workflow task (issue 12, cause 2)', async () => {
    const inspection = inspectionActivityStubs();
    await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
      const handle = await inFieldwork(run);
      const events = (await handle.fetchHistory()).events ?? [];
      /** How many workflow tasks the events of `type` were sent from (1: all at once). */
      const tasksSending = (type: string) => {
        const sentIn = new Set<number>();
        let task = 0;
        for (const event of events) {
          if (event.workflowTaskCompletedEventAttributes) task += 1;
          if (event[type as keyof typeof event]) sentIn.add(task);
        }
        return sentIn.size;
      };
      expect(tasksSending('startChildWorkflowExecutionInitiatedEventAttributes')).toBe(1);
      expect(tasksSending('signalExternalWorkflowExecutionInitiatedEventAttributes')).toBe(1);
    });
  });

  it('continues as new when its history grows long, carrying its state; its cases run on and report to the new run', async () => {
    const { inspection, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await startInspection(run, { options: { continueAsNewAfterEvents: 40 } });
      const { runId: firstRun } = await handle.describe();
      await drawSample(handle);
      await handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
      await handle.executeUpdate(assignCasesUpdate, {
        args: [{ actor: lead, request: { mode: 'auto' } }],
        updateId: 'assign-before-continuing',
      });
      const later = await eventually(async () => {
        const description = await handle.describe();
        return description.runId !== firstRun && description.status.name === 'RUNNING' ? description : null;
      });
      expect(later.typedSearchAttributes.get(inspectionPhaseKey)).toBe('fieldwork');
      expect(await handle.query(inspectionStateQuery)).toMatchObject({
        phase: 'fieldwork',
        recorded: true,
        sample: { selected: 3, confirmed: true },
      });

      // A decision the first run carried out is still found by its id, as the lead's 202 Location
      // (services/inspection read-decision.ts) asks for it; an id no run knows is not found.
      expect(await decisionResult(run.client, handle.workflowId, 'assign-before-continuing')).toHaveProperty(
        'cases',
      );
      await expect(decisionResult(run.client, handle.workflowId, 'never-made')).rejects.toBeInstanceOf(
        WorkflowNotFoundError,
      );

      // The cases were not closed with the run that started them, and report to the run that holds them now.
      const child = run.client.workflow.getHandle(caseAssessmentWorkflowId(inspection.sample[1]!.taskId));
      expect((await child.describe()).status.name).toBe('RUNNING');
      await eventually(async () =>
        (await child.query(caseAssessmentStateQuery)).state === 'assigned' ? true : null,
      );
      await child.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
      const progress = await eventually(async () => {
        const current = await handle.query(inspectionProgressQuery);
        return current.totals.byState.submitted === 1 ? current : null;
      });
      expect(progress.totals).toMatchObject({ cases: 3, byState: { assigned: 2, submitted: 1 } });
      // The inspection recorded itself once, in its first run.
      expect(inspection.called('recordInspection')).toHaveLength(1);
    });
  });
});
