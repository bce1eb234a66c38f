// A stored alert as the domain's lifecycle takes it (safeguarding/alert-lifecycle.ts), and as a reader sees it.
import type { z } from 'zod';
import type { AlertView } from '@yji/contracts';
import { AlertUrgency, purgedAtOf, RaiseAlertBody } from '@yji/contracts';
import {
  ALERT_ESCALATION_DEFAULTS,
  ALERT_LIFECYCLE_STATES,
  type AlertEscalation,
  type AlertLifecycle,
  type AlertLifecycleState,
} from '@yji/domain';
import type { AlertAction, SafeguardingAlert } from '../generated/prisma/client.ts';

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** The stored state as the domain's lifecycle names it. */
export function stateOf(alert: Pick<SafeguardingAlert, 'id' | 'state'>): AlertLifecycleState {
  const state = ALERT_LIFECYCLE_STATES.find((known) => known === alert.state);
  if (!state) throw new Error(`alert ${alert.id} has an unknown state`);
  return state;
}

export function lifecycleOf(alert: SafeguardingAlert, actions: number): AlertLifecycle {
  return {
    alertId: alert.id,
    state: stateOf(alert),
    raisedBy: alert.raisedBy,
    raisedAt: alert.raisedAt.toISOString(),
    escalatedAt: iso(alert.escalatedAt),
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: iso(alert.acknowledgedAt),
    actionsRecorded: actions,
    closedAt: iso(alert.closedAt),
    lastMovedAt: alert.lastMovedAt.toISOString(),
  };
}

// No user id holds a space (contracts UserId), so this second person is no one: without a named person an
// escalated alert stays with the lead inspector alone.
const NO_ONE = ' ';

/** The escalation the alert was raised under: its second person and its time (default 2 h). */
export function escalationOf(alert: SafeguardingAlert, escalateAfterMs?: number): AlertEscalation {
  return {
    escalateAfterMs: escalateAfterMs ?? ALERT_ESCALATION_DEFAULTS.escalateAfterMs,
    secondPersonId: alert.escalatesTo ?? NO_ONE,
  };
}

/** How urgent the alert was said to be; null once what it said is purged. */
export const urgencyOf = ({ report }: Pick<SafeguardingAlert, 'report'>) =>
  purgedAtOf(report) ? null : AlertUrgency.parse((report as { urgency?: unknown }).urgency);

export function toAlertView(
  alert: SafeguardingAlert & { actions: AlertAction[] },
): z.input<typeof AlertView> {
  const purgedAt = purgedAtOf(alert.report);
  return {
    ...(purgedAt ? {} : RaiseAlertBody.parse(alert.report)),
    purgedAt,
    alertId: alert.id,
    inspectionId: alert.inspectionId,
    taskId: alert.taskId,
    caseRef: alert.caseRef,
    raisedBy: alert.raisedBy,
    raisedAt: alert.raisedAt.toISOString(),
    state: stateOf(alert),
    escalatedAt: iso(alert.escalatedAt),
    escalatesTo: alert.escalatesTo,
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: iso(alert.acknowledgedAt),
    actions: alert.actions.map(({ action, by, at }) => ({ action, by, at: at.toISOString() })),
    outcome:
      alert.outcome && alert.outcomeBy && alert.closedAt
        ? { outcome: alert.outcome, by: alert.outcomeBy, at: alert.closedAt.toISOString() }
        : null,
  };
}
