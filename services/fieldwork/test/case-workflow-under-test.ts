// Test support: the fieldwork service with the real worker, for tests through the case assessment workflow.
// The inspection service's only part there, the case's long-list facts, is answered by a stand-in. It
// listens outside the command's queue group and answers at once: an inspection service that happens to run
// on the same NATS server (a developer's stack, another test run) would refuse a case it never sampled, and
// the first answer wins.
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { getCaseFacts, type CaseAssessmentInput, type CommandOutcome } from '@yji/contracts';
import { CASE_ASSESSMENT_WORKFLOW, caseAssessmentWorkflowId } from '@yji/workflows';
import { COURT_FACTS, fieldworkTestConfig, startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { startWorkflowsUnderTest } from '../../../tests/harness/workflows-under-test.ts';

export async function startCaseWorkflowsUnderTest(config = fieldworkTestConfig()) {
  const fieldwork = await startFieldworkUnderTest(config);
  const { temporal, stop: stopWorkflows } = await startWorkflowsUnderTest(config);
  const answer: CommandOutcome<unknown> = { ok: true, value: COURT_FACTS };
  const standInFacts = fieldwork.nc.subscribe(getCaseFacts.subject, {
    callback: (_error, message) => void message.respond(JSON.stringify(answer)),
  });
  const started: WorkflowHandle[] = [];

  /** Starts a case workflow for a new task (of a new inspection unless given), which first creates the task. */
  const startCase = async (overrides: Partial<CaseAssessmentInput> = {}) => {
    const input: CaseAssessmentInput = {
      taskId: randomUUID(),
      inspectionId: randomUUID(),
      caseRef: `CASE-${randomUUID().slice(0, 8)}`,
      frameworkId: 'd2-v6.5',
      reminderLeadMs: 24 * 60 * 60 * 1000,
      ...overrides,
    };
    const handle = await temporal.workflow.start(CASE_ASSESSMENT_WORKFLOW, {
      workflowId: caseAssessmentWorkflowId(input.taskId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    started.push(handle);
    return { input, handle };
  };

  return {
    fieldwork,
    temporal,
    startCase,
    stop: async () => {
      // A case left open would wait for its deadline on a task queue no worker polls any more.
      for (const handle of started) await handle.terminate('test finished').catch(() => {});
      standInFacts.unsubscribe();
      await stopWorkflows();
      await fieldwork.stop();
    },
  };
}
