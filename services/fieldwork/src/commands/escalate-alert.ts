// Escalates a safeguarding alert its lead inspector has not acknowledged in time (the alert acknowledgement
// workflow's timer). Idempotent: an alert no longer waiting (acknowledged, or escalated by an earlier
// delivery) is left as it is and says so.
import { escalateAlert, problem } from '@yji/contracts';
import { SYSTEM } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { HttpError, systemActor } from '@yji/service-kit';
import { applyAlertMove } from '../alerts/apply-alert-move.ts';
import { fieldworkCommand } from './task-for-command.ts';

/** The alert acknowledgement workflow acts for the system; the people are audited where they acted. */
const ALERT_WORKFLOW_ACTOR = systemActor('alert-acknowledgement-workflow');

export const escalateAlertHandler = fieldworkCommand(escalateAlert, async (db, { alertId }) => {
  const alert = await db.safeguardingAlert.findUnique({ where: { id: alertId } });
  if (!alert) throw new CommandRejected(problem('not-found', { what: 'alert' }));
  if (alert.state !== 'raised') return { alertId, state: alert.state, escalated: false };
  try {
    const moved = await applyAlertMove(db, alertId, { type: 'escalate' }, SYSTEM, ALERT_WORKFLOW_ACTOR);
    return { alertId, state: moved.state, escalated: true };
  } catch (error) {
    if (error instanceof HttpError) throw new CommandRejected(error.problem);
    throw error;
  }
});
