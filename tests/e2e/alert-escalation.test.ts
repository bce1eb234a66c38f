// Safeguarding alert escalation end to end, against real Temporal, NATS and PostgreSQL: an alert the lead
// inspector acknowledges in time ends its workflow unescalated; one left unacknowledged for the set time
// (the shortest the rules allow, one minute) escalates through the alert acknowledgement workflow's durable
// timer to the second named person (someone on the team but the YJS's contact, kept on it while named), who
// may then see and acknowledge it — by the time in force when it was raised, though the lead inspector
// lengthens the setting meanwhile.
import { describe, expect, it } from 'vitest';
import { alertAcknowledgementWorkflowId } from '@yji/workflows';
import {
  anAlert,
  callerAs,
  callersOf,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
  setQaSettings,
  useSystem,
} from '../harness/index.ts';

const ALERT = anAlert({ urgency: 'immediate', forwardedBy: 'telephone' });

describe('safeguarding alert escalation', () => {
  const system = useSystem();
  const { lead, inspector } = callersOf(system);
  const secondPerson = callerAs(system, 'chair-1', ['panel-chair']);

  it(
    'escalates an unacknowledged alert after the set time, and not one acknowledged in time',
    { timeout: 240_000 },
    async () => {
      const inspection = await inspectionInFieldwork(system, lead, {
        team: [PEOPLE.inspector, PEOPLE.chair, PEOPLE.yjs],
        sampleSize: 2,
      });
      // The second person reads the children's alerts that reach them: someone on the team, never anyone else.
      const offTeam = await lead('PUT', `/api/inspections/${inspection.id}/qa-settings`, {
        policy: { seed: 'alerts' },
        alertEscalation: { escalateAfterMs: 60_000, secondPersonId: 'lead-2' },
      });
      expect([offTeam.status, offTeam.body.error.code]).toEqual([422, 'not-on-team']);
      expect(offTeam.body.error.details).toEqual([
        {
          field: 'body.alertEscalation.secondPersonId',
          message: 'is not on the inspection team, or is the YJS’s contact',
        },
      ]);
      expect(JSON.stringify(offTeam.body)).not.toContain('lead-2');
      // Nor the YJS's contact, who works for the service inspected.
      const theirContact = await lead('PUT', `/api/inspections/${inspection.id}/qa-settings`, {
        policy: { seed: 'alerts' },
        alertEscalation: { escalateAfterMs: 60_000, secondPersonId: 'yjs-1' },
      });
      expect([theirContact.status, theirContact.body.error.code]).toEqual([422, 'not-on-team']);
      await setQaSettings(system, lead, inspection.id, {
        policy: { seed: 'alerts' },
        alertEscalation: { escalateAfterMs: 60_000, secondPersonId: 'chair-1' },
      });
      // Named, the second person stays on the team until the settings name another.
      const leaving = await lead('PUT', `/api/inspections/${inspection.id}/team`, {
        members: [PEOPLE.inspector, PEOPLE.yjs],
      });
      expect([leaving.status, leaving.body.error.code]).toEqual([
        409,
        'team-change-leaves-alerts-without-second-person',
      ]);
      const [first, second] = inspection.cases;
      const raise = (taskId: string) => inspector('POST', `/api/fieldwork/tasks/${taskId}/alerts`, ALERT);

      const answered = await raise(first!.taskId);
      expect(answered.status).toBe(201);
      const ignored = await raise(second!.taskId);
      expect(ignored.body).toMatchObject({ state: 'raised', escalatesTo: 'chair-1' });
      expect((await secondPerson('GET', `/api/fieldwork/alerts/${ignored.body.alertId}`)).status).toBe(404);
      // The lead inspector lengthens the escalation time: it applies to alerts raised from now on.
      const lengthened = { escalateAfterMs: 2 * 60 * 60_000, secondPersonId: 'chair-1' };
      const changed = await lead('PUT', `/api/inspections/${inspection.id}/qa-settings`, {
        policy: { seed: 'alerts' },
        alertEscalation: lengthened,
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      await eventually('the fieldwork service to hold the longer escalation', async () => {
        const held = await system.fieldworkDb.qaSettings.findUnique({
          where: { inspectionId: inspection.id },
        });
        return (held?.alertEscalation as { escalateAfterMs?: number } | null)?.escalateAfterMs ===
          lengthened.escalateAfterMs
          ? true
          : undefined;
      });

      expect((await lead('POST', `/api/fieldwork/alerts/${answered.body.alertId}/acknowledge`)).status).toBe(
        200,
      );
      const answeredRun = system.temporal.workflow.getHandle(
        alertAcknowledgementWorkflowId(answered.body.alertId),
      );
      expect(await answeredRun.result()).toMatchObject({ acknowledged: true, escalated: false });

      const escalated = await eventually(
        'the unacknowledged alert to escalate',
        async () => {
          const read = await lead('GET', `/api/fieldwork/alerts/${ignored.body.alertId}`);
          return read.body.state === 'escalated' ? read.body : undefined;
        },
        { timeoutMs: 150_000, intervalMs: 1_000 },
      );
      expect(Date.parse(escalated.escalatedAt) - Date.parse(escalated.raisedAt)).toBeGreaterThanOrEqual(
        60_000,
      );
      const seen = await secondPerson('GET', `/api/fieldwork/alerts/${ignored.body.alertId}`);
      expect(seen.status).toBe(200);
      const acknowledged = await secondPerson(
        'POST',
        `/api/fieldwork/alerts/${ignored.body.alertId}/acknowledge`,
      );
      expect(acknowledged.body).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'chair-1' });
      // The first alert stays with the lead inspector: never escalated.
      const kept = await lead('GET', `/api/fieldwork/alerts/${answered.body.alertId}`);
      expect(kept.body).toMatchObject({ state: 'acknowledged', escalatedAt: null });
    },
  );
});
