// The fieldwork service's side of the case assessment workflow: it reports the assessor's first save and
// submits. Both carry ids and a version only: nothing about the child reaches a workflow history.
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { CaseAssessmentState, SubmitAssessment } from '@yji/contracts';
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

/**
 * The code of a command the workflow's activity sent and the service refused (the worker fails such an
 * activity with type CommandRejected and the code in its details); otherwise a refusal of the workflow's own.
 */
function rejectionCode(cause: Error): string {
  if (cause instanceof ApplicationFailure && cause.type === 'CommandRejected') {
    const code = (cause.details?.[0] as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') return code;
  }
  return 'submit-rejected';
}

/** The innermost cause: the validator's or the activity's own failure, not the wrappers around it. */
function rootCause(error: Error): Error {
  let cause = error;
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause;
}

export async function submitToWorkflow(
  temporal: Client,
  taskId: string,
  submission: SubmitAssessment,
): Promise<SubmitOutcome> {
  try {
    const handle = temporal.workflow.getHandle(caseAssessmentWorkflowId(taskId));
    return { ok: true, state: await handle.executeUpdate(submitAssessmentUpdate, { args: [submission] }) };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      return {
        ok: false,
        code: 'workflow-not-running',
        message: 'the case has no running assessment workflow',
      };
    }
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    // Messages are the workflow's and the commands' own (states, versions, roles), never case data.
    const cause = rootCause(error);
    return { ok: false, code: rejectionCode(cause), message: cause.message };
  }
}
