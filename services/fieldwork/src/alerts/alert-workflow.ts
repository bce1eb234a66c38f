// The fieldwork service's side of the alert acknowledgement workflow: it starts one when an alert is raised
// (ids and a time only reach the history) and tells it when the alert is acknowledged.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AlertAcknowledgementInput } from '@yji/contracts';
import {
  ALERT_ACKNOWLEDGEMENT_WORKFLOW,
  alertAcknowledgedSignal,
  alertAcknowledgementWorkflowId,
} from '@yji/workflows';

export async function startAlertWorkflow(
  temporal: Client,
  taskQueue: string,
  input: AlertAcknowledgementInput,
): Promise<void> {
  await temporal.workflow.start(ALERT_ACKNOWLEDGEMENT_WORKFLOW, {
    workflowId: alertAcknowledgementWorkflowId(input.alertId),
    taskQueue,
    args: [input],
    // An alert raised under an Idempotency-Key has the same id each time it is sent: an earlier attempt whose
    // transaction rolled back after this start left its workflow running, and the alert now stored takes it.
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

/**
 * Stops the escalation timer. The acknowledgement is already committed: should the signal be lost, the
 * escalation command finds the alert acknowledged and leaves it as it is, so a finished or missing workflow
 * changes nothing.
 */
export async function signalAlertAcknowledged(temporal: Client, alertId: string): Promise<void> {
  try {
    await temporal.workflow
      .getHandle(alertAcknowledgementWorkflowId(alertId))
      .signal(alertAcknowledgedSignal);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
