import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../qa/mover.ts';
import type { Mover, TeamMember } from '../qa/mover.ts';
import { alertEscalationSchema } from './alert-escalation.ts';
import { alertMoveSchema } from './alert-moves.ts';
import type { AlertMove } from './alert-moves.ts';
import { escalationDueAt, isEscalationDue, moveAlert, raiseAlert } from './alert-lifecycle.ts';
import type { AlertLifecycle } from './alert-lifecycle.ts';

const assessor: TeamMember = { userId: 'inspector-1', teamRoles: ['inspector'] };
const lead: TeamMember = { userId: 'lead-1', teamRoles: ['lead-inspector'] };
const secondPerson: TeamMember = { userId: 'deputy-1', teamRoles: ['inspector'] };
const escalation = alertEscalationSchema.parse({ secondPersonId: 'deputy-1' });

const RAISED_AT = '2026-11-26T09:00:00.000Z';

function raised(): AlertLifecycle {
  const outcome = raiseAlert('alert-1', RAISED_AT, assessor);
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.alert;
}

function run(alert: AlertLifecycle, ...steps: [AlertMove, Mover][]): AlertLifecycle {
  return steps.reduce((current, [move, actor]) => {
    const outcome = moveAlert(current, move, actor, escalation);
    if (!outcome.ok) throw new Error(`${move.type} refused: ${outcome.error.code}`);
    return outcome.alert;
  }, alert);
}

function refusalOf(alert: AlertLifecycle, move: AlertMove, actor: Mover) {
  const outcome = moveAlert(alert, move, actor, escalation);
  return outcome.ok ? 'accepted' : outcome.error.code;
}

describe('safeguarding alert lifecycle (002 p.3, Q1.14.1, Q5.15.1–2)', () => {
  it('escalates after two hours by default, set per inspection', () => {
    expect(escalation.escalateAfterMs).toBe(2 * 60 * 60 * 1000);
    expect(escalationDueAt(raised(), escalation)).toBe('2026-11-26T11:00:00.000Z');
    const quicker = alertEscalationSchema.parse({
      secondPersonId: 'deputy-1',
      escalateAfterMs: 30 * 60 * 1000,
    });
    expect(escalationDueAt(raised(), quicker)).toBe('2026-11-26T09:30:00.000Z');
  });

  it('raised → acknowledged by the lead → actions recorded → outcome recorded, closed', () => {
    const closed = run(
      raised(),
      [{ type: 'acknowledge', at: '2026-11-26T09:20:00Z' }, lead],
      [{ type: 'record-action', at: '2026-11-26T10:00:00Z' }, lead],
      [{ type: 'record-action', at: '2026-11-26T12:00:00Z' }, lead],
      [{ type: 'record-outcome', at: '2026-11-27T08:00:00Z' }, lead],
    );
    expect(closed).toEqual({
      alertId: 'alert-1',
      state: 'closed',
      raisedBy: 'inspector-1',
      raisedAt: RAISED_AT,
      escalatedAt: null,
      acknowledgedBy: 'lead-1',
      acknowledgedAt: '2026-11-26T09:20:00Z',
      actionsRecorded: 2,
      closedAt: '2026-11-27T08:00:00Z',
      lastMovedAt: '2026-11-27T08:00:00Z',
    });
    expect(escalationDueAt(closed, escalation)).toBeNull();
  });

  it('escalates an unacknowledged alert when due, and then the second named person may act', () => {
    const alert = raised();
    expect(isEscalationDue(alert, escalation, '2026-11-26T10:59:59.999Z')).toBe(false);
    expect(isEscalationDue(alert, escalation, '2026-11-26T11:00:00.000Z')).toBe(true);
    expect(refusalOf(alert, { type: 'escalate', at: '2026-11-26T10:59:00Z' }, SYSTEM)).toBe('not-due');
    expect(refusalOf(alert, { type: 'acknowledge', at: '2026-11-26T10:00:00Z' }, secondPerson)).toBe(
      'not-responsible',
    );
    const escalated = run(alert, [{ type: 'escalate', at: '2026-11-26T11:00:00Z' }, SYSTEM]);
    expect(escalated).toMatchObject({ state: 'escalated', escalatedAt: '2026-11-26T11:00:00Z' });
    expect(escalationDueAt(escalated, escalation)).toBeNull();
    expect(run(escalated, [{ type: 'acknowledge', at: '2026-11-26T11:05:00Z' }, secondPerson])).toMatchObject(
      { state: 'acknowledged', acknowledgedBy: 'deputy-1' },
    );
    expect(refusalOf(escalated, { type: 'acknowledge', at: '2026-11-26T11:05:00Z' }, lead)).toBe('accepted');
  });

  describe('refuses', () => {
    it('an alert raised by someone outside the team', () => {
      expect(raiseAlert('alert-2', RAISED_AT, { userId: 'x', teamRoles: [] })).toMatchObject({
        ok: false,
        error: { code: 'not-on-team' },
      });
      expect(raiseAlert('alert-2', RAISED_AT, SYSTEM)).toMatchObject({ ok: false });
    });

    it('a move its state does not allow, naming both', () => {
      expect(moveAlert(raised(), { type: 'record-outcome', at: RAISED_AT }, lead, escalation)).toEqual({
        ok: false,
        error: { code: 'illegal-move', message: 'record-outcome is not possible while the alert is raised' },
      });
      const acknowledged = run(raised(), [{ type: 'acknowledge', at: RAISED_AT }, lead]);
      expect(refusalOf(acknowledged, { type: 'escalate', at: '2026-11-27T00:00:00Z' }, SYSTEM)).toBe(
        'illegal-move',
      );
      expect(refusalOf(acknowledged, { type: 'record-outcome', at: RAISED_AT }, lead)).toBe('illegal-move');
    });

    it('escalation by a person, and following by anyone but the lead or the escalated-to person', () => {
      expect(refusalOf(raised(), { type: 'escalate', at: '2026-11-27T00:00:00Z' }, lead)).toBe('system-only');
      expect(refusalOf(raised(), { type: 'acknowledge', at: RAISED_AT }, assessor)).toBe('not-responsible');
      expect(refusalOf(raised(), { type: 'acknowledge', at: RAISED_AT }, SYSTEM)).toBe('not-responsible');
    });

    it('a move dated before the one it follows', () => {
      expect(refusalOf(raised(), { type: 'acknowledge', at: '2026-11-26T08:59:59Z' }, lead)).toBe(
        'time-goes-back',
      );
    });

    it('every move once closed', () => {
      const closed = run(
        raised(),
        [{ type: 'acknowledge', at: RAISED_AT }, lead],
        [{ type: 'record-action', at: RAISED_AT }, lead],
        [{ type: 'record-outcome', at: RAISED_AT }, lead],
      );
      for (const type of ['escalate', 'acknowledge', 'record-action', 'record-outcome'] as const) {
        expect(
          refusalOf(closed, { type, at: '2026-12-01T00:00:00Z' }, type === 'escalate' ? SYSTEM : lead),
        ).toBe('illegal-move');
      }
    });
  });
});

describe('alert schemas', () => {
  it('need a second named person, bound the escalation time, and take instants with an offset', () => {
    expect(alertEscalationSchema.safeParse({}).success).toBe(false);
    expect(alertEscalationSchema.safeParse({ secondPersonId: 'd', escalateAfterMs: 1000 }).success).toBe(
      false,
    );
    expect(alertMoveSchema.safeParse({ type: 'acknowledge', at: '2026-11-26T09:00:00+01:00' }).success).toBe(
      true,
    );
    expect(alertMoveSchema.safeParse({ type: 'acknowledge', at: 'yesterday' }).success).toBe(false);
    expect(alertMoveSchema.safeParse({ type: 'close', at: RAISED_AT }).success).toBe(false);
  });
});
