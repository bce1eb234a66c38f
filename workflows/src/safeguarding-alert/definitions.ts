// The messages the alert acknowledgement workflow answers; shared by the workflow and the fieldwork service,
// which starts it when an alert is raised and signals it when the alert is acknowledged.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { AlertAcknowledgementState } from '@yji/contracts';

export const ALERT_ACKNOWLEDGEMENT_WORKFLOW = 'AlertAcknowledgementWorkflow';

/** One workflow per safeguarding alert. */
export const alertAcknowledgementWorkflowId = (alertId: string) => `safeguarding-alert-${alertId}`;

export const alertAcknowledgedSignal = defineSignal<[]>('alertAcknowledged');

export const alertAcknowledgementStateQuery =
  defineQuery<AlertAcknowledgementState>('alertAcknowledgementState');
