// The lead inspector's decisions about one case in fieldwork, each through the inspection workflow: an
// exclusion withdraws the case's assessment (once the service would accept the exclusion) and starts its
// replacement's; a reassignment is recorded by the service and then taken by the case; each refusal names
// its reason and leaves the case as it was.
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import type { CaseAssessmentInput } from '@yji/contracts';
import {
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  excludeCaseUpdate,
  inspectionProgressQuery,
  reassignCaseUpdate,
  submitAssessmentUpdate,
} from '../src/index.ts';
import type { InspectionWorkflow } from '../src/workflows.ts';
import { commandRejected, inspectionAndCaseStubs } from './stub-activities.ts';
import { inFieldwork, lead } from './inspection-fixtures.ts';
import { refusalOf } from './update-refusal.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';

const kit = workflowTestKit();

const caseOf = (run: WorkflowTestRun, taskId: string) =>
  run.client.workflow.getHandle(caseAssessmentWorkflowId(taskId));

const exclude = (handle: WorkflowHandle<typeof InspectionWorkflow>, caseRef: string) =>
  handle.executeUpdate(excludeCaseUpdate, { args: [{ actor: lead, caseRef, reason: 'custody transfer' }] });

describe('excluding a case in fieldwork', () => {
  it("withdraws the case's assessment, then excludes it, and starts its replacement's", async () => {
    const { inspection, cases, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [excluded] = inspection.sample;
      const after = await exclude(handle, excluded!.caseRef);
      expect(after.sample).toMatchObject({ excluded: 1, confirmed: true });
      expect((await caseOf(run, excluded!.taskId).describe()).status.name).toBe('COMPLETED');
      const replacement = inspection.sample[3]!;
      expect(replacement.caseRef).toBe('R0001');
      await eventually(
        async () =>
          cases
            .called('createCaseTask')
            .find(({ args: [input] }) => (input as CaseAssessmentInput).taskId === replacement.taskId) ??
          null,
      );
      const progress = await eventually(async () => {
        const current = await handle.query(inspectionProgressQuery);
        return current.cases.some((entry) => entry.caseRef === 'R0001') ? current : null;
      });
      expect(progress.cases.map((entry) => entry.caseRef).sort()).toEqual(['C0002', 'C0003', 'R0001']);
      expect(inspection.calls.map((call) => call.name).slice(-2)).toEqual(['checkExclusion', 'excludeCase']);
    });
  });

  it('takes an exclusion sent twice at once as one: one replacement, started once, and both answered', async () => {
    const { inspection, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [excluded] = inspection.sample;
      const answers = await Promise.all([
        exclude(handle, excluded!.caseRef),
        exclude(handle, excluded!.caseRef),
      ]);
      expect(answers.map((answer) => answer.sample)).toMatchObject([{ excluded: 1 }, { excluded: 1 }]);
      const replacements = inspection.sample.filter((entry) => entry.caseRef.startsWith('R'));
      expect(replacements.map((entry) => entry.caseRef)).toEqual(['R0001']);
      expect((await caseOf(run, replacements[0]!.taskId).describe()).status.name).toBe('RUNNING');
      const progress = await handle.query(inspectionProgressQuery);
      expect(progress.cases.map((entry) => entry.caseRef).sort()).toEqual(['C0002', 'C0003', 'R0001']);
    });
  });

  it('refuses the exclusion of a case submitted while the exclusion was being checked, and takes the next decision', async () => {
    const { inspection, activities } = inspectionAndCaseStubs({
      checkExclusion: ({ caseRef }) => (caseRef === 'C0001' ? { delayMs: 2_000 } : undefined),
    });
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const excluding = refusalOf(exclude(handle, 'C0001'));
      await caseOf(run, inspection.sample[0]!.taskId).executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      expect(await excluding).toMatchObject({ reason: 'the case is submitted; it cannot be excluded' });
      expect(inspection.called('excludeCase')).toEqual([]);
      // The refusal failed the decision, not the inspection: the next one is taken.
      expect((await exclude(handle, 'C0002')).sample).toMatchObject({ excluded: 1 });
    });
  });

  it('refuses a submitted case, and a case whose stratum has no reserve left, and withdraws nothing', async () => {
    const { inspection, cases, activities } = inspectionAndCaseStubs({
      checkExclusion: ({ caseRef }) =>
        caseRef === 'C0003'
          ? { refuse: commandRejected('reserve-empty', "the stratum's reserve is empty") }
          : undefined,
    });
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const submitted = caseOf(run, inspection.sample[1]!.taskId);
      await submitted.executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      await eventually(async () =>
        (await handle.query(inspectionProgressQuery)).totals.byState.submitted === 1 ? true : null,
      );
      expect(await refusalOf(exclude(handle, 'C0002'))).toMatchObject({
        reason: 'the case is submitted; it cannot be excluded',
      });
      const refused = await refusalOf(exclude(handle, 'C0003'));
      expect(refused).toEqual({ code: 'CommandRejected', reason: "the stratum's reserve is empty" });
      expect(cases.called('withdrawCaseTask')).toEqual([]);
      expect(inspection.called('excludeCase')).toEqual([]);
      expect(await caseOf(run, inspection.sample[2]!.taskId).query(caseAssessmentStateQuery)).toMatchObject({
        state: 'assigned',
      });
    });
  });
});

describe('reassigning a case', () => {
  it('records the new assessor, then the case takes them (keeping its due date), and answers the case', async () => {
    const { inspection, activities } = inspectionAndCaseStubs();
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [first] = inspection.sample;
      const before = await caseOf(run, first!.taskId).query(caseAssessmentStateQuery);
      const answer = await handle.executeUpdate(reassignCaseUpdate, {
        args: [{ actor: lead, caseRef: first!.caseRef, assigneeId: 'inspector-2' }],
      });
      expect(answer).toMatchObject({ state: 'assigned', assigneeId: 'inspector-2', dueAt: before.dueAt });
      expect(await caseOf(run, first!.taskId).query(caseAssessmentStateQuery)).toMatchObject({
        assigneeId: 'inspector-2',
      });
      const newDue = '2099-02-01T17:00:00.000Z';
      const moved = await handle.executeUpdate(reassignCaseUpdate, {
        args: [{ actor: lead, caseRef: first!.caseRef, assigneeId: 'inspector-2', dueAt: newDue }],
      });
      expect(moved.dueAt).toBe(newDue);
    });
  });

  it('puts the recorded assessor back when the case refuses the new one (submitted meanwhile), and answers the refusal', async () => {
    const { inspection, activities } = inspectionAndCaseStubs({
      reassignCase: ({ assigneeId }) => (assigneeId === 'inspector-2' ? { delayMs: 800 } : undefined),
    });
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      const [first] = inspection.sample;
      const reassignment = refusalOf(
        handle.executeUpdate(reassignCaseUpdate, {
          args: [{ actor: lead, caseRef: first!.caseRef, assigneeId: 'inspector-2' }],
        }),
      );
      // The service is recording inspector-2 when inspector-1 submits.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await caseOf(run, first!.taskId).executeUpdate(submitAssessmentUpdate, {
        args: [{ userId: 'inspector-1', version: 1 }],
      });
      expect(await reassignment).toMatchObject({ reason: 'the case is submitted; it cannot be reassigned' });
      expect(
        inspection
          .called('reassignCase')
          .map(({ args: [command] }) => (command as { assigneeId: string }).assigneeId),
      ).toEqual(['inspector-2', 'inspector-1']);
    });
  });

  it("refuses a case not in fieldwork's sample as not found, and passes on the service's refusal; the case keeps its assessor", async () => {
    const { inspection, activities } = inspectionAndCaseStubs({
      reassignCase: ({ assigneeId }) =>
        assigneeId === 'inspector-9'
          ? {
              refuse: commandRejected('not-an-assessor', 'inspector-9 is not an assessor on this inspection'),
            }
          : undefined,
    });
    await kit.run(activities, async (run) => {
      const handle = await inFieldwork(run);
      expect(
        await refusalOf(
          handle.executeUpdate(reassignCaseUpdate, {
            args: [{ actor: lead, caseRef: 'C9999', assigneeId: 'inspector-2' }],
          }),
        ),
      ).toEqual({ code: 'not-found', reason: 'case not found' });
      const refused = await refusalOf(
        handle.executeUpdate(reassignCaseUpdate, {
          args: [{ actor: lead, caseRef: 'C0001', assigneeId: 'inspector-9' }],
        }),
      );
      expect(refused).toEqual({
        code: 'CommandRejected',
        reason: 'inspector-9 is not an assessor on this inspection',
      });
      expect(await caseOf(run, inspection.sample[0]!.taskId).query(caseAssessmentStateQuery)).toMatchObject({
        assigneeId: 'inspector-1',
      });
    });
  });
});
