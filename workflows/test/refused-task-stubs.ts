// An inspection whose first case's fieldwork task cannot be created: the inspection service refuses its facts,
// so the sample's tasks are created without it, and its own workflow's createCaseTask is refused.
import type { CaseAssessmentInput, ConfirmedCase } from '@yji/contracts';
import { caseActivityStubs, commandRejected, inspectionActivityStubs } from './stub-activities.ts';

/** The case whose task is refused, and why (the inspection service's words for it). */
export const REFUSED_CASE = 'C0001';
export const NOT_SAMPLED = 'the case is not in the confirmed sample';

/** Stubs of an inspection and its cases, every task created but C0001's. */
export function stubsRefusingOneTask() {
  const inspection = inspectionActivityStubs();
  const cases = caseActivityStubs({
    createCaseTask: ({ caseRef }: CaseAssessmentInput) =>
      caseRef === REFUSED_CASE ? { refuse: commandRejected('not-sampled', NOT_SAMPLED) } : undefined,
  });
  const refusedTask = () => inspection.sample.find(({ caseRef }) => caseRef === REFUSED_CASE)?.taskId;
  const activities = {
    ...inspection.activities,
    ...cases.activities,
    // As the worker's createSampleTasks answers: only the tasks it could create.
    createSampleTasks: async (inspectionId: string, sample: ConfirmedCase[]) =>
      (await inspection.activities.createSampleTasks(inspectionId, sample)).filter(
        (taskId) => taskId !== refusedTask(),
      ),
    // As the fieldwork service answers: a task that does not exist is not assigned.
    assignNewTasks: async (request: Parameters<typeof inspection.activities.assignNewTasks>[0]) => {
      const { taskIds } = await inspection.activities.assignNewTasks(request);
      return { taskIds: taskIds.filter((taskId) => taskId !== refusedTask()) };
    },
  };
  return { inspection, cases, activities };
}
