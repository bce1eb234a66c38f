// The alert acknowledgement workflow's one activity; the worker sends it as a command to the fieldwork
// service, which escalates only an alert still waiting (idempotent by alert id).
export interface AlertAcknowledgementActivities {
  escalateAlert(alertId: string): Promise<{ escalated: boolean; state: string }>;
}
