// One AlertAcknowledgementWorkflow per safeguarding alert (002 Alert & Action; docs/domain.md §6 step 7): it
// waits, as a durable timer, for the lead inspector's acknowledgement; if none comes within the inspection's
// set time (default 2 hours, domain ALERT_ESCALATION_DEFAULTS), it escalates the alert to the second named
// person. A worker crash loses nothing: the timer and the acknowledgement live in the workflow's history.
// Decision: a separate workflow, not a state of the case workflow, because an alert can be raised at any time
// (before assignment, during QA, after the case workflow has finished) and its clock is its own.
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { AlertAcknowledgementInput, AlertAcknowledgementState } from '@yji/contracts';
import type { AlertAcknowledgementActivities } from './activities.ts';
import { alertAcknowledgedSignal, alertAcknowledgementStateQuery } from './definitions.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';

const { escalateAlert } = proxyActivities<AlertAcknowledgementActivities>(COMMAND_ACTIVITY_OPTIONS);

export async function AlertAcknowledgementWorkflow(
  input: AlertAcknowledgementInput,
): Promise<AlertAcknowledgementState> {
  const state: AlertAcknowledgementState = { alertId: input.alertId, acknowledged: false, escalated: false };
  setHandler(alertAcknowledgementStateQuery, () => state);
  setHandler(alertAcknowledgedSignal, () => {
    state.acknowledged = true;
  });
  if (!(await condition(() => state.acknowledged, input.escalateAfterMs))) {
    // The service decides: an alert acknowledged just now (the signal still on its way) stays as it is.
    state.escalated = (await escalateAlert(input.alertId)).escalated;
  }
  return state;
}
