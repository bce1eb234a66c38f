// Safeguarding alerts at any time in an inspection: their lifecycle and when they escalate.
export {
  ALERT_ESCALATION_DEFAULTS,
  alertEscalationSchema,
  isEscalatedTo,
  mayBeSecondPerson,
} from './alert-escalation.ts';
export type { AlertEscalation } from './alert-escalation.ts';
export * from './alert-lifecycle.ts';
export * from './alert-moves.ts';
