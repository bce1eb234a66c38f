// The fieldwork service's side of the case assessment workflow: it reports the assessor's first save and
// submits. Both carry ids and a version only: nothing about the child reaches a workflow history.
import type { Client } from '@temporalio/client';
import { problem, type CaseAssessmentState, type SubmitAssessment } from '@yji/contracts';
import { workflowRefusal } from '@yji/service-kit';
import { assessmentStartedSignal, caseAssessmentWorkflowId, submitAssessmentUpdate } from '@yji/workflows';

export function signalAssessmentStarted(temporal: Client, taskId: string, userId: string): Promise<void> {
  return temporal.workflow
    .getHandle(caseAssessmentWorkflowId(taskId))
    .signal(assessmentStartedSignal, { userId });
}

export type SubmitOutcome =
  | { ok: true; state: CaseAssessmentState }
  /** The workflow refused: `code` is the refused command's code (e.g. `stale-version`) where there is one. */
  | { ok: false; code: string; message: string };

export async function submitToWorkflow(
  temporal: Client,
  taskId: string,
  submission: SubmitAssessment,
): Promise<SubmitOutcome> {
  try {
    const handle = temporal.workflow.getHandle(caseAssessmentWorkflowId(taskId));
    return { ok: true, state: await handle.executeUpdate(submitAssessmentUpdate, { args: [submission] }) };
  } catch (error) {
    // Messages are the workflow's and the commands' own (states, versions, roles), never case data.
    const refusal = workflowRefusal(error, {
      missing: problem('workflow-not-running'),
      refused: 'submit-rejected',
    });
    if (!refusal) throw error;
    return { ok: false, code: refusal.code, message: refusal.message };
  }
}
