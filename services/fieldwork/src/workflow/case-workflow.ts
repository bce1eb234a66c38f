// The fieldwork service's side of the case assessment workflow: it reports the assessor's first save and
// submits. Both carry ids and a version only: nothing about the child reaches a workflow history.
import type { Client } from '@temporalio/client';
import { problem, type CaseAssessmentState, type SubmitAssessment } from '@yji/contracts';
import { TIMED_OUT, updateWithin, workflowRefusal } from '@yji/service-kit';
import { assessmentStartedSignal, caseAssessmentWorkflowId, submitAssessmentUpdate } from '@yji/workflows';

export function signalAssessmentStarted(temporal: Client, taskId: string, userId: string): Promise<void> {
  return temporal.workflow
    .getHandle(caseAssessmentWorkflowId(taskId))
    .signal(assessmentStartedSignal, { userId });
}

export type SubmitOutcome =
  | { ok: true; state: CaseAssessmentState }
  /**
   * The workflow refused: `code` is the refused command's code (e.g. `stale-version`) where there is one,
   * with its problem's `details` if any (the lock's findings, naming the questions at fault).
   */
  | { ok: false; code: string; message: string; details?: unknown };

/**
 * One Update per task version: a retried submission (the client timed out, or was answered 202) is the same
 * Update, which Temporal takes once within the run, rather than a second one waiting its turn.
 */
export const submissionUpdateId = (taskId: string, version: number) => `submit:${taskId}:${version}`;

/**
 * Submits to the case workflow, waiting `waitMs` at most for the submission to be carried out: TIMED_OUT
 * when it was not (it goes on, and the task's state says when it is submitted).
 */
export async function submitToWorkflow(
  temporal: Client,
  taskId: string,
  submission: SubmitAssessment,
  waitMs: number,
): Promise<SubmitOutcome | typeof TIMED_OUT> {
  const handle = temporal.workflow.getHandle(caseAssessmentWorkflowId(taskId));
  try {
    const state = await updateWithin(handle, submitAssessmentUpdate, {
      args: [submission],
      updateId: submissionUpdateId(taskId, submission.version),
      waitMs,
    });
    return state === TIMED_OUT ? TIMED_OUT : { ok: true, state };
  } catch (error) {
    // Messages are the workflow's and the commands' own (states, versions, roles), and details the rules'
    // findings by question code, never case data.
    const refusal = workflowRefusal(error, {
      missing: problem('workflow-not-running'),
      refused: 'submit-rejected',
    });
    if (!refusal) throw error;
    const { code, message, details } = refusal;
    return { ok: false, code, message, ...(details === undefined ? {} : { details }) };
  }
}
