// Safeguarding alerts over HTTP with real tokens, against real PostgreSQL and NATS: who may raise one and see
// it, the rules beyond the shape (named by field, never echoing the text), the lead inspector's
// acknowledgement, actions (each once under its Idempotency-Key) and outcome, escalation to the second named
// person (the command the alert workflow sends) and their list of the alerts escalated to them, the event the
// lead inspector hears at once, and the audit of every read.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { alertEscalated, alertRaised, escalateAlert, purgeFieldworkCases } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { idempotentId } from '@yji/service-kit';
import { ALERT_ACKNOWLEDGEMENT_WORKFLOW, alertAcknowledgementWorkflowId } from '@yji/workflows';
import { inspectionWithQaSettings } from './qa-under-test.ts';
import { fieldworkTestConfig, useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { connectTemporal } from '../../../tests/harness/temporal-client.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { inspector: inspector1, reviewer: qa1, lead } = SERVICE_CALLERS;
const inspector2 = { userId: 'inspector-2', roles: ['inspector'] } as const;
const secondPerson = { userId: 'qa-2', roles: ['qa-reviewer'] } as const;

const SEEN = 'Bruising noted on the case file; the child said they were afraid to go home';
const ALERT = {
  concerns: ['harm-from-others'],
  atRisk: ['this-child'],
  urgency: 'immediate',
  seen: SEEN,
  done: 'Told the case manager, who is calling the social worker',
  forwardedBy: 'telephone',
} as const;

describe('safeguarding alerts', () => {
  const fieldwork = useFieldworkUnderTest();

  async function caseOnTeam() {
    const inspectionId = await inspectionWithQaSettings(
      fieldwork(),
      [
        ['inspector-1', 'inspector'],
        ['inspector-2', 'inspector'],
        ['qa-1', 'qa-reviewer'],
        ['qa-2', 'qa-reviewer'],
        ['lead-1', 'lead-inspector'],
      ],
      { policy: { seed: 'alerts' }, alertEscalation: { escalateAfterMs: 60_000, secondPersonId: 'qa-2' } },
    );
    const { taskId } = await fieldwork().assignedTask('inspector-1', { inspectionId });
    return { inspectionId, taskId };
  }

  const post = (
    as: typeof lead | typeof inspector1 | typeof qa1 | typeof inspector2 | typeof secondPerson,
    path: string,
    body?: object,
  ) => fieldwork().call(as, 'POST', path, body);
  /** The same request sent twice at once under one Idempotency-Key (a double click, a retry racing). */
  const sentTwiceAtOnce = (
    as: Parameters<typeof post>[0],
    path: string,
    body: object,
    key: Record<string, string>,
  ) =>
    Promise.all([
      fieldwork().call(as, 'POST', path, body, key),
      fieldwork().call(as, 'POST', path, body, key),
    ]);

  /** An alert raised on a case of its own, unacknowledged past the set time: due to escalate. */
  async function alertDue() {
    const { inspectionId, taskId } = await caseOnTeam();
    const alertId = (await post(inspector1, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT)).body
      ?.alertId as string;
    // The workflow's timer is due only after the set time; moved back, as a timer that has run out sees it.
    await fieldwork().db.safeguardingAlert.update({
      where: { id: alertId },
      data: { raisedAt: new Date(Date.now() - 61_000), lastMovedAt: new Date(Date.now() - 61_000) },
    });
    return { inspectionId, taskId, alertId };
  }

  it('lets the assessor or a QA reviewer raise an alert, tells the lead inspector at once, and hides it from others', async () => {
    const { inspectionId, taskId } = await caseOnTeam();
    const raised = await post(inspector1, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT);
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      state: 'raised',
      raisedBy: 'inspector-1',
      escalatesTo: 'qa-2',
      seen: SEEN,
    });
    const alertId = raised.body?.alertId as string;
    const event = await fieldwork().db.outboxMessage.findFirst({
      where: { subject: alertRaised.subject, payload: { path: ['alertId'], equals: alertId } },
    });
    expect(event?.payload).toEqual({
      alertId,
      inspectionId,
      taskId,
      caseRef: expect.any(String),
      urgency: 'immediate',
    });

    expect((await post(qa1, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT)).status).toBe(201);
    // Another inspector on the team does not see this case, so cannot raise on it either.
    expect((await post(inspector2, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT)).status).toBe(404);
    expect((await fieldwork().call(inspector2, 'GET', `/api/fieldwork/alerts/${alertId}`)).status).toBe(404);
    expect((await fieldwork().call(secondPerson, 'GET', `/api/fieldwork/alerts/${alertId}`)).status).toBe(
      404,
    );

    const listed = await fieldwork().call(lead, 'GET', `/api/fieldwork/inspections/${inspectionId}/alerts`);
    expect((listed.body?.alerts as unknown[]).length).toBe(2);
    const reads = await fieldwork().db.auditEntry.findMany({ where: { inspectionId, action: 'alert.read' } });
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads)).not.toContain('Bruising');
    // The audit outlives the purge of the alert's report: it counts the concerns, never names them.
    const raisings = await fieldwork().db.auditEntry.findMany({
      where: { inspectionId, action: 'alert.raised' },
    });
    expect(raisings.map((entry) => entry.details)).toEqual([
      { taskId, urgency: 'immediate', concerns: ALERT.concerns.length },
      { taskId, urgency: 'immediate', concerns: ALERT.concerns.length },
    ]);
  });

  it('raises an alert sent again under its Idempotency-Key once, and refuses another alert under that key', async () => {
    const { taskId } = await caseOnTeam();
    const path = `/api/fieldwork/tasks/${taskId}/alerts`;
    const key = { 'idempotency-key': randomUUID() };
    const [first, again] = await sentTwiceAtOnce(inspector1, path, ALERT, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body?.alertId).toBe(first.body?.alertId);
    expect(await fieldwork().db.safeguardingAlert.count({ where: { taskId } })).toBe(1);
    const told = await fieldwork().db.outboxMessage.count({
      where: { subject: alertRaised.subject, payload: { path: ['taskId'], equals: taskId } },
    });
    expect(told).toBe(1);

    const other = await fieldwork().call(inspector1, 'POST', path, { ...ALERT, urgency: 'urgent' }, key);
    expect([other.status, other.body?.error?.code]).toEqual([422, 'idempotency-key-reused']);
    expect(await fieldwork().db.safeguardingAlert.count({ where: { taskId } })).toBe(1);
  });

  it('raises an alert under a key whose earlier attempt rolled back after starting its workflow', async () => {
    const { inspectionId, taskId } = await caseOnTeam();
    const key = randomUUID();
    const alertId = idempotentId('raise-alert', 'inspector-1', taskId, key);
    const config = fieldworkTestConfig();
    const { connection, temporal } = await connectTemporal(config);
    try {
      // As an attempt whose transaction rolled back after its start: the workflow runs, no alert is stored.
      const orphan = await temporal.workflow.start(ALERT_ACKNOWLEDGEMENT_WORKFLOW, {
        workflowId: alertAcknowledgementWorkflowId(alertId),
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ alertId, inspectionId, escalateAfterMs: 3_600_000 }],
      });
      const raised = await fieldwork().call(
        inspector1,
        'POST',
        `/api/fieldwork/tasks/${taskId}/alerts`,
        ALERT,
        {
          'idempotency-key': key,
        },
      );
      expect([raised.status, raised.body?.alertId]).toEqual([201, alertId]);
      await orphan.terminate('test finished');
    } finally {
      await connection.close();
    }
  });

  it('names the field a safeguarding rule finds wrong, never the text, and stores nothing', async () => {
    const { taskId } = await caseOnTeam();
    const refused = await post(inspector1, `/api/fieldwork/tasks/${taskId}/alerts`, {
      ...ALERT,
      concerns: ['harm-to-self'],
      atRisk: ['other-people'],
      forwardedBy: 'email',
    });
    expect(refused.status).toBe(422);
    expect(refused.body?.error?.code).toBe('alert-invalid');
    expect(
      (refused.body?.error?.details as unknown as { field: string }[]).map(({ field }) => field),
    ).toEqual(['atRisk', 'forwardedBy']);
    expect(refused.text).not.toContain('Bruising');
    expect(await fieldwork().db.safeguardingAlert.count({ where: { taskId } })).toBe(0);
  });

  it('follows an alert to its outcome: only the lead inspector acknowledges, records actions and the outcome', async () => {
    const { taskId } = await caseOnTeam();
    const alertId = (await post(inspector1, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT)).body
      ?.alertId as string;
    expect((await post(inspector1, `/api/fieldwork/alerts/${alertId}/acknowledge`)).body?.error?.code).toBe(
      'duty-refused',
    );
    expect((await post(lead, `/api/fieldwork/alerts/${alertId}/outcome`, { outcome: 'x' })).status).toBe(409);
    expect((await post(lead, `/api/fieldwork/alerts/${alertId}/acknowledge`)).body).toMatchObject({
      state: 'acknowledged',
      acknowledgedBy: 'lead-1',
    });
    await post(lead, `/api/fieldwork/alerts/${alertId}/actions`, {
      action: 'Spoke to the YJS head of service',
    });
    const closed = await post(lead, `/api/fieldwork/alerts/${alertId}/outcome`, {
      outcome: 'Referred to children’s services the same day',
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      actions: [{ action: 'Spoke to the YJS head of service', by: 'lead-1' }],
      outcome: { outcome: 'Referred to children’s services the same day', by: 'lead-1' },
    });
    // Acknowledged in time: the workflow's escalation finds nothing to do.
    const late = await sendCommand(fieldwork().nc, escalateAlert, { alertId });
    expect(late).toMatchObject({ escalated: false, state: 'closed' });
  });

  it('records an action sent again under its Idempotency-Key once, and refuses another action under that key', async () => {
    const { taskId } = await caseOnTeam();
    const alertId = (await post(inspector1, `/api/fieldwork/tasks/${taskId}/alerts`, ALERT)).body
      ?.alertId as string;
    await post(lead, `/api/fieldwork/alerts/${alertId}/acknowledge`);
    const path = `/api/fieldwork/alerts/${alertId}/actions`;
    const action = { action: 'Spoke to the YJS head of service' };
    const key = { 'idempotency-key': randomUUID() };
    const [first, again] = await sentTwiceAtOnce(lead, path, action, key);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body?.actions).toEqual(first.body?.actions);
    expect(await fieldwork().db.alertAction.count({ where: { alertId } })).toBe(1);

    // Sent again once the alert is closed (its answer lost meanwhile): answered, not refused.
    await post(lead, `/api/fieldwork/alerts/${alertId}/outcome`, { outcome: 'Referred the same day' });
    const late = await fieldwork().call(lead, 'POST', path, action, key);
    expect([late.status, late.body?.state]).toEqual([200, 'closed']);
    const other = await fieldwork().call(lead, 'POST', path, { action: 'Something else' }, key);
    expect([other.status, other.body?.error?.code]).toEqual([422, 'idempotency-key-reused']);
    expect(other.text).not.toContain('Something else');
    expect(await fieldwork().db.alertAction.count({ where: { alertId } })).toBe(1);
  });

  it('lists the alerts escalated to the second named person, ids, urgency, state and when only, to no one else, audited', async () => {
    const { inspectionId, alertId } = await alertDue();
    await sendCommand(fieldwork().nc, escalateAlert, { alertId });
    const listedTo = async (as: typeof lead | typeof qa1 | typeof secondPerson) => {
      const listed = await fieldwork().call(as, 'GET', '/api/fieldwork/alerts/escalated');
      expect(listed.status).toBe(200);
      expect(listed.text).not.toContain('Bruising');
      // Other tests' alerts escalate to the same person: this inspection's only.
      return (listed.body?.alerts as unknown as { inspectionId: string }[]).filter(
        (alert) => alert.inspectionId === inspectionId,
      );
    };
    const { escalatedAt } = await fieldwork().db.safeguardingAlert.findUniqueOrThrow({
      where: { id: alertId },
    });
    expect(await listedTo(secondPerson)).toEqual([
      {
        alertId,
        inspectionId,
        urgency: 'immediate',
        state: 'escalated',
        escalatedAt: escalatedAt!.toISOString(),
      },
    ]);
    expect(await listedTo(lead)).toEqual([]);
    expect(await listedTo(qa1)).toEqual([]);
    const reads = await fieldwork().db.auditEntry.findMany({
      where: { inspectionId, action: 'alert.read', actorId: 'qa-2' },
    });
    expect(reads.map(({ entityId, details }) => [entityId, details])).toEqual([
      [inspectionId, { alerts: [alertId] }],
    ]);
    // Off the team, they may no longer be its second person: the alert leaves their list.
    await fieldwork().db.teamMembership.deleteMany({ where: { inspectionId, userId: 'qa-2' } });
    expect(await listedTo(secondPerson)).toEqual([]);
  });

  it('lists an escalated alert no longer once it is closed', async () => {
    const { alertId } = await alertDue();
    await sendCommand(fieldwork().nc, escalateAlert, { alertId });
    const listed = async () =>
      (
        (await fieldwork().call(secondPerson, 'GET', '/api/fieldwork/alerts/escalated')).body
          ?.alerts as unknown as {
          alertId: string;
        }[]
      ).filter((alert) => alert.alertId === alertId);
    expect(await listed()).toHaveLength(1);
    for (const [move, body] of [
      ['acknowledge', undefined],
      ['actions', { action: 'Told the YJS head of service' }],
      ['outcome', { outcome: 'Referred the same day' }],
    ] as const)
      expect((await post(secondPerson, `/api/fieldwork/alerts/${alertId}/${move}`, body)).status, move).toBe(
        200,
      );
    expect(await listed()).toEqual([]);
  });

  it('escalates an unacknowledged alert to the second named person, who may then see and act on it while on the team', async () => {
    const { inspectionId, alertId } = await alertDue();
    // Sent twice at once (a retry while the first still ran), and again later (its answer lost): each says
    // the alert is escalated, none refuses, and it is escalated once.
    const escalations = await Promise.all([
      sendCommand(fieldwork().nc, escalateAlert, { alertId }),
      sendCommand(fieldwork().nc, escalateAlert, { alertId }),
    ]);
    const again = await sendCommand(fieldwork().nc, escalateAlert, { alertId });
    for (const escalated of [...escalations, again])
      expect(escalated).toMatchObject({ escalated: true, state: 'escalated' });
    expect(
      await fieldwork().db.outboxMessage.count({
        where: { subject: alertEscalated.subject, payload: { path: ['alertId'], equals: alertId } },
      }),
    ).toBe(1);
    const event = await fieldwork().db.outboxMessage.findFirst({
      where: { subject: alertEscalated.subject, payload: { path: ['alertId'], equals: alertId } },
    });
    expect(event?.payload).toMatchObject({ escalatedTo: 'qa-2' });
    expect((await fieldwork().call(secondPerson, 'GET', `/api/fieldwork/alerts/${alertId}`)).status).toBe(
      200,
    );
    expect((await post(secondPerson, `/api/fieldwork/alerts/${alertId}/acknowledge`)).body).toMatchObject({
      state: 'acknowledged',
      acknowledgedBy: 'qa-2',
    });
    // Off the team, the second person no longer reads the alert.
    await fieldwork().db.teamMembership.deleteMany({ where: { inspectionId, userId: 'qa-2' } });
    expect((await fieldwork().call(secondPerson, 'GET', `/api/fieldwork/alerts/${alertId}`)).status).toBe(
      404,
    );
  });

  it('leaves an alert still unacknowledged when its inspection is purged unescalated, and says so', async () => {
    const { inspectionId, alertId } = await alertDue();
    await sendCommand(fieldwork().nc, purgeFieldworkCases, { inspectionId });
    // Not refused: a refusal would end the alert's workflow as failed. Nor escalated: its report, the
    // urgency with the rest, is gone.
    expect(await sendCommand(fieldwork().nc, escalateAlert, { alertId })).toEqual({
      alertId,
      state: 'raised',
      escalated: false,
    });
    expect(
      await fieldwork().db.outboxMessage.count({
        where: { subject: alertEscalated.subject, payload: { path: ['alertId'], equals: alertId } },
      }),
    ).toBe(0);
  });
});
