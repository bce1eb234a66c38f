// The Alert & Action route for safeguarding concerns (002 p.3: concerns found outside the questions "are
// addressed as if they were part of the inspection"; Q1.14.1: the inspector "must consider implementing the
// HMI Probation Action & Alert procedure"; Q5.15.1–2: the alert is escalated and forwarded to the lead
// inspector; docs/domain.md §6 step 7: "it reaches the lead inspector at once and is followed to an outcome").
//
//   raised ─(not acknowledged in time: the platform)→ escalated
//   raised | escalated ─acknowledge→ acknowledged ─record-action→ action-recorded (more actions may follow)
//   action-recorded ─record-outcome→ closed (final)
//
// Only an alert id, people and instants live here; what the alert says is held elsewhere, so the lifecycle
// does not change when the alert's fields do. Decisions: anyone on the inspection's team may raise an alert;
// the lead inspector acknowledges and follows it, and so may the second named person once it has escalated to
// them (escalation would mean nothing if they could not act); no move is dated before the one it follows.
import { LEAD_INSPECTOR_ROLE, SYSTEM, holdsRole, isPerson } from '../qa/mover.ts';
import type { Mover } from '../qa/mover.ts';
import { illegalMove } from '../qa/moves-from.ts';
import type { MovesFrom } from '../qa/moves-from.ts';
import { refuse } from '../qa/refusal.ts';
import type { Refusal } from '../qa/refusal.ts';
import { toMs } from './alert-escalation.ts';
import type { AlertEscalation } from './alert-escalation.ts';
import type { AlertMove, AlertMoveType } from './alert-moves.ts';

export const ALERT_LIFECYCLE_STATES = [
  'raised',
  'escalated',
  'acknowledged',
  'action-recorded',
  'closed',
] as const;

export type AlertLifecycleState = (typeof ALERT_LIFECYCLE_STATES)[number];

export interface AlertLifecycle {
  alertId: string;
  state: AlertLifecycleState;
  raisedBy: string;
  raisedAt: string;
  escalatedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  actionsRecorded: number;
  closedAt: string | null;
  /** The instant of the latest move; no later move may be dated before it. */
  lastMovedAt: string;
}

export const ALERT_REFUSALS = [
  'illegal-move',
  'not-on-team',
  'system-only',
  'not-responsible',
  'not-due',
  'time-goes-back',
] as const;

export type AlertRefusal = (typeof ALERT_REFUSALS)[number];

export type AlertOutcome = { ok: true; alert: AlertLifecycle } | Refusal<AlertRefusal>;

export const ALERT_MOVES_FROM: MovesFrom<AlertMoveType, AlertLifecycleState> = {
  escalate: ['raised'],
  acknowledge: ['raised', 'escalated'],
  'record-action': ['acknowledged', 'action-recorded'],
  'record-outcome': ['action-recorded'],
};

/** `at`: the server's clock, as an ISO 8601 instant. */
export function raiseAlert(alertId: string, at: string, actor: Mover): AlertOutcome {
  if (actor === SYSTEM || actor.teamRoles.length === 0)
    return refuse('not-on-team', 'an alert is raised by a member of the inspection team');
  return {
    ok: true,
    alert: {
      alertId,
      state: 'raised',
      raisedBy: actor.userId,
      raisedAt: at,
      escalatedAt: null,
      acknowledgedBy: null,
      acknowledgedAt: null,
      actionsRecorded: 0,
      closedAt: null,
      lastMovedAt: at,
    },
  };
}

/** When the alert escalates if still unacknowledged; null once acknowledged or escalated. */
export function escalationDueAt(alert: AlertLifecycle, escalation: AlertEscalation): string | null {
  if (alert.state !== 'raised') return null;
  return new Date(toMs(alert.raisedAt) + escalation.escalateAfterMs).toISOString();
}

export function isEscalationDue(alert: AlertLifecycle, escalation: AlertEscalation, now: string): boolean {
  const due = escalationDueAt(alert, escalation);
  return due !== null && toMs(now) >= toMs(due);
}

function mayFollow(alert: AlertLifecycle, actor: Mover, escalation: AlertEscalation): boolean {
  return (
    holdsRole(actor, LEAD_INSPECTOR_ROLE) ||
    (alert.escalatedAt !== null && isPerson(actor, escalation.secondPersonId))
  );
}

function refusal(
  alert: AlertLifecycle,
  move: AlertMove,
  actor: Mover,
  escalation: AlertEscalation,
): Refusal<AlertRefusal> | null {
  if (toMs(move.at) < toMs(alert.lastMovedAt))
    return refuse('time-goes-back', 'a move cannot be dated before the one it follows');
  if (move.type === 'escalate') {
    if (actor !== SYSTEM) return refuse('system-only', 'the platform escalates an alert, not a person');
    return isEscalationDue(alert, escalation, move.at)
      ? null
      : refuse('not-due', 'the alert is not yet due to escalate');
  }
  return mayFollow(alert, actor, escalation)
    ? null
    : refuse(
        'not-responsible',
        'only the lead inspector, or the second named person once escalated, can do this',
      );
}

function next(alert: AlertLifecycle, move: AlertMove, actorId: string | null): AlertLifecycle {
  const moved = { ...alert, lastMovedAt: move.at };
  switch (move.type) {
    case 'escalate':
      return { ...moved, state: 'escalated', escalatedAt: move.at };
    case 'acknowledge':
      return {
        ...moved,
        state: 'acknowledged',
        acknowledgedAt: move.at,
        acknowledgedBy: actorId,
      };
    case 'record-action':
      return { ...moved, state: 'action-recorded', actionsRecorded: alert.actionsRecorded + 1 };
    case 'record-outcome':
      return { ...moved, state: 'closed', closedAt: move.at };
  }
}

/** Pure: the next alert, or a refusal with a reason code. `move` is expected to have passed alertMoveSchema. */
export function moveAlert(
  alert: AlertLifecycle,
  move: AlertMove,
  actor: Mover,
  escalation: AlertEscalation,
): AlertOutcome {
  const actorId = actor === SYSTEM ? null : actor.userId;
  return (
    illegalMove(ALERT_MOVES_FROM, move.type, alert.state, 'alert') ??
    refusal(alert, move, actor, escalation) ?? { ok: true, alert: next(alert, move, actorId) }
  );
}
