// Properties the alert lifecycle keeps under any sequence of moves, by anyone, at any time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SYSTEM } from '../qa/mover.ts';
import type { Mover, TeamMember } from '../qa/mover.ts';
import { alertEscalationSchema, toMs } from './alert-escalation.ts';
import type { AlertMove } from './alert-moves.ts';
import { moveAlert, raiseAlert } from './alert-lifecycle.ts';
import type { AlertLifecycle } from './alert-lifecycle.ts';

const START = Date.parse('2026-11-26T09:00:00Z');
const HOUR = 3_600_000;
const lead: TeamMember = { userId: 'lead-1', teamRoles: ['lead-inspector'] };
const secondPerson: TeamMember = { userId: 'deputy-1', teamRoles: ['inspector'] };
const people: Mover[] = [SYSTEM, lead, secondPerson, { userId: 'inspector-1', teamRoles: ['inspector'] }];

const escalationArbitrary = fc
  .integer({ min: 1, max: 6 })
  .map((hours) => alertEscalationSchema.parse({ secondPersonId: 'deputy-1', escalateAfterMs: hours * HOUR }));

// Time moves on between moves in quarter hours, mostly forward, sometimes back, so moves often fall just
// before, at and after an escalation time (a whole number of hours).
const QUARTER_HOUR = HOUR / 4;
const step = fc.tuple(
  fc.constantFrom<AlertMove['type']>('escalate', 'acknowledge', 'record-action', 'record-outcome'),
  fc.integer({ min: -2, max: 8 }).map((quarters) => quarters * QUARTER_HOUR),
  fc.constantFrom(...people),
);

function play(
  escalation: ReturnType<typeof alertEscalationSchema.parse>,
  steps: [AlertMove['type'], number, Mover][],
) {
  const raised = raiseAlert('alert-1', new Date(START).toISOString(), {
    userId: 'inspector-1',
    teamRoles: ['inspector'],
  });
  if (!raised.ok) throw new Error('not raised');
  const history: { before: AlertLifecycle; move: AlertMove; actor: Mover; after: AlertLifecycle }[] = [];
  let alert = raised.alert;
  let clock = START;
  for (const [type, offset, actor] of steps) {
    clock += offset;
    const move = { type, at: new Date(clock).toISOString() };
    const outcome = moveAlert(alert, move, actor, escalation);
    if (!outcome.ok) continue;
    history.push({ before: alert, move, actor, after: outcome.alert });
    alert = outcome.alert;
  }
  return history;
}

describe('alert lifecycle properties', () => {
  it('the generated sequences reach every state, and escalated alerts followed by the second person', () => {
    const reached = new Set<string>();
    const escalation = alertEscalationSchema.parse({ secondPersonId: 'deputy-1' });
    for (const steps of fc.sample(fc.array(step, { maxLength: 40 }), { numRuns: 300, seed: 1 })) {
      for (const { after, actor } of play(escalation, steps)) {
        reached.add(after.state);
        if (actor === secondPerson) reached.add('followed by the second person');
      }
    }
    expect([...reached].sort()).toEqual([
      'acknowledged',
      'action-recorded',
      'closed',
      'escalated',
      'followed by the second person',
    ]);
  });

  it('closes only after an acknowledgement and an action, and nothing moves a closed alert', () => {
    fc.assert(
      fc.property(escalationArbitrary, fc.array(step, { maxLength: 40 }), (escalation, steps) => {
        for (const { before, after } of play(escalation, steps)) {
          expect(before.state).not.toBe('closed');
          if (after.state === 'closed') {
            expect(after.acknowledgedAt).not.toBeNull();
            expect(after.actionsRecorded).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('escalates only unacknowledged, once, when due, and only by the platform', () => {
    fc.assert(
      fc.property(escalationArbitrary, fc.array(step, { maxLength: 40 }), (escalation, steps) => {
        const escalations = play(escalation, steps).filter(({ move }) => move.type === 'escalate');
        expect(escalations.length).toBeLessThanOrEqual(1);
        for (const { before, move, actor } of escalations) {
          expect(actor).toBe(SYSTEM);
          expect(before.state).toBe('raised');
          expect(toMs(move.at) - toMs(before.raisedAt)).toBeGreaterThanOrEqual(escalation.escalateAfterMs);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('only the lead inspector, or the second named person after escalation, follows an alert; time never goes back', () => {
    fc.assert(
      fc.property(escalationArbitrary, fc.array(step, { maxLength: 40 }), (escalation, steps) => {
        for (const { before, move, actor, after } of play(escalation, steps)) {
          expect(toMs(move.at)).toBeGreaterThanOrEqual(toMs(before.lastMovedAt));
          expect(after.lastMovedAt).toBe(move.at);
          if (move.type === 'escalate') continue;
          const isLead = actor !== SYSTEM && actor.teamRoles.includes('lead-inspector');
          const isSecondAfterEscalation = actor === secondPerson && before.escalatedAt !== null;
          expect(isLead || isSecondAfterEscalation).toBe(true);
        }
      }),
    );
  });
});
