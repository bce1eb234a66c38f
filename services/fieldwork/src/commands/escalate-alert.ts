// Escalates a safeguarding alert its lead inspector has not acknowledged in time (the alert acknowledgement
// workflow's timer). Idempotent: an alert no longer waiting (acknowledged, or escalated by an earlier or a
// concurrent delivery) is left as it is and says where it stands.
import { escalateAlert, problem } from '@yji/contracts';
import { SYSTEM } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { HttpError, systemActor } from '@yji/service-kit';
import { applyAlertMove } from '../alerts/apply-alert-move.ts';
import { fieldworkCommand } from './task-for-command.ts';

/** The alert acknowledgement workflow acts for the system; the people are audited where they acted. */
const ALERT_WORKFLOW_ACTOR = systemActor('alert-acknowledgement-workflow');

export const escalateAlertHandler = fieldworkCommand(escalateAlert, async (db, { alertId }) => {
  const standing = async () => {
    const alert = await db.safeguardingAlert.findUnique({ where: { id: alertId } });
    if (!alert) throw new CommandRejected(problem('not-found', { what: 'alert' }));
    // Escalated by an earlier delivery (its answer lost): escalated all the same.
    return { alertId, state: alert.state, escalated: alert.state === 'escalated' };
  };
  const before = await standing();
  if (before.state !== 'raised') return before;
  try {
    const moved = await applyAlertMove(db, alertId, { type: 'escalate' }, SYSTEM, ALERT_WORKFLOW_ACTOR);
    return { alertId, state: moved.state, escalated: true };
  } catch (error) {
    // Its report purged under the retention policy (nobody acknowledged it by then): left unescalated, and
    // where it stands is the answer, as below.
    if (error instanceof HttpError && error.problem.code === 'inspection-purged') return standing();
    // Moved on under the lock since it was read (acknowledged, or escalated by a delivery still running when
    // this retry came): where it stands now is the answer, never a refusal that would end the workflow.
    if (error instanceof HttpError && error.problem.code === 'alert-not-open') {
      const after = await standing();
      if (after.state !== 'raised') return after;
    }
    if (error instanceof HttpError) throw new CommandRejected(error.problem);
    throw error;
  }
});
