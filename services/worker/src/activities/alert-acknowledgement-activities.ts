// The alert acknowledgement workflow's activity: it sends the escalation command to the fieldwork service.
import { escalateAlert } from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { AlertAcknowledgementActivities } from '@yji/workflows';
import { send } from './send.ts';

export function createAlertAcknowledgementActivities(nc: NatsConnection): AlertAcknowledgementActivities {
  return {
    escalateAlert: (alertId) => send(nc, escalateAlert, { alertId }),
  };
}
