// Safeguarding alerts at any time in an inspection: their lifecycle and when they escalate.
export { ALERT_ESCALATION_DEFAULTS, alertEscalationSchema } from './alert-escalation.ts';
export type { AlertEscalation } from './alert-escalation.ts';
export {
  ALERT_MOVES_FROM,
  ALERT_REFUSALS,
  ALERT_LIFECYCLE_STATES,
  escalationDueAt,
  isEscalationDue,
  moveAlert,
  raiseAlert,
} from './alert-lifecycle.ts';
export type { AlertOutcome, AlertRefusal, AlertLifecycleState, AlertLifecycle } from './alert-lifecycle.ts';
export { alertMoveSchema } from './alert-moves.ts';
export type { AlertMove, AlertMoveType } from './alert-moves.ts';
