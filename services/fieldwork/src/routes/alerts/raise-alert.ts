// POST /api/fieldwork/tasks/:taskId/alerts: the case's assessor or a QA reviewer (or the lead inspector)
// raises a safeguarding alert at any time (002 Alert & Action). The lead inspector hears at once (event
// alert.raised, ids and urgency only) and an alert acknowledgement workflow starts its escalation timer;
// the alert is kept, audited, and its text never reaches a log or a workflow history. Sent with an
// Idempotency-Key (a form sent twice, a retry), the alert is raised once: its id is derived from the person,
// the case and the key, and a repeat answers the alert raised (a different alert under the same key: 422).
import type { z } from 'zod';
import {
  AlertView,
  alertRaised,
  IdempotencyKeyHeaders,
  problem,
  RaiseAlertBody,
  TaskIdParams,
} from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import type { Client } from '@temporalio/client';
import { ALERT_ESCALATION_DEFAULTS, alertProblems, raiseAlert } from '@yji/domain';
import {
  actorOf,
  errorResponses,
  HttpError,
  insertOnce,
  keyedId,
  refuseIfPurged,
  requireRole,
  type App,
} from '@yji/service-kit';
import { holds, teamMemberOf } from '../../access/team-member.ts';
import { auditAlert } from '../../audit/audit-alert.ts';
import type { FieldworkDb } from '../../db.ts';
import { alertEscalationFor } from '../../alerts/alert-escalation-settings.ts';
import { toAlertView } from '../../alerts/alert-record.ts';
import { startAlertWorkflow } from '../../alerts/alert-workflow.ts';

export interface RaiseAlertDeps {
  db: FieldworkDb;
  temporal: Client;
  taskQueue: string;
  afterOutbox: () => void;
}

export function registerRaiseAlert(app: App, { db, temporal, taskQueue, afterOutbox }: RaiseAlertDeps) {
  app.post(
    '/api/fieldwork/tasks/:taskId/alerts',
    {
      onRequest: requireRole('inspector', 'local-assessor', 'qa-reviewer', 'lead-inspector'),
      schema: {
        tags: ['safeguarding'],
        summary: 'Raise a safeguarding alert on a case',
        description:
          'The case’s assessor, a QA reviewer of the inspection or its lead inspector; anyone else is told ' +
          '404. 422 alert-invalid names each field that breaks a safeguarding rule (never its text); 409 ' +
          'inspection-purged once the inspection’s case data is removed under the retention policy. With an ' +
          'Idempotency-Key the alert is raised once: a repeat answers it again, another alert under the ' +
          'same key is 422 idempotency-key-reused.',
        headers: IdempotencyKeyHeaders,
        params: TaskIdParams,
        body: RaiseAlertBody,
        response: { 201: AlertView, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
      bodyLimit: 32 * 1024,
    },
    async (request, reply) => {
      const task = await db.caseTask.findUnique({ where: { id: request.params.taskId } });
      if (!task) throw new HttpError(problem('not-found', { what: 'task' }));
      const member = await teamMemberOf(db, request.principal, task.inspectionId);
      const own =
        task.assigneeId === member.userId && (holds(member, 'inspector') || holds(member, 'local-assessor'));
      if (!own && !holds(member, 'qa-reviewer') && !holds(member, 'lead-inspector'))
        throw new HttpError(problem('not-found', { what: 'task' }));
      const issues = alertProblems(request.body);
      if (issues.length) throw new HttpError(problem('alert-invalid', { issues }));
      const alertId = keyedId(request.headers['idempotency-key'], 'raise-alert', member.userId, task.id);
      const at = new Date();
      const raised = raiseAlert(alertId, at.toISOString(), member);
      if (!raised.ok) throw new HttpError(problem('duty-refused', { reason: raised.error.message }));
      const alert = await db.$transaction(async (tx) => {
        // Under the retention lock: a purge since the task was read comes first, and the alert is refused.
        await refuseIfPurged(tx, task.inspectionId, HttpError);
        const escalation = await alertEscalationFor(tx, task.inspectionId);
        // Decision: an alert escalates by the time in force when it was raised, as its workflow's timer does;
        // a later change of the setting applies to alerts raised after it.
        const escalateAfterMs = escalation?.escalateAfterMs ?? ALERT_ESCALATION_DEFAULTS.escalateAfterMs;
        const { row: stored, repeat } = await insertOnce({
          insert: () =>
            tx.safeguardingAlert.createMany({
              data: {
                id: alertId,
                taskId: task.id,
                inspectionId: task.inspectionId,
                caseRef: task.caseRef,
                report: request.body,
                raisedBy: member.userId,
                raisedAt: at,
                escalatesTo: escalation?.secondPersonId ?? null,
                escalateAfterMs,
                lastMovedAt: at,
              },
              skipDuplicates: true,
            }),
          stored: () =>
            tx.safeguardingAlert.findUniqueOrThrow({ where: { id: alertId }, include: { actions: true } }),
          sent: request.body,
          asSent: (row) => row.report,
        });
        if (repeat) {
          await auditAlert(tx, actorOf(request), stored, 'alert.read');
          return stored;
        }
        await appendToOutbox(tx, alertRaised.subject, {
          alertId,
          inspectionId: task.inspectionId,
          taskId: task.id,
          caseRef: task.caseRef,
          urgency: request.body.urgency,
        } satisfies z.input<typeof alertRaised.payload>);
        await auditAlert(
          tx,
          actorOf(request),
          { id: alertId, inspectionId: task.inspectionId },
          'alert.raised',
          {
            taskId: task.id,
            urgency: request.body.urgency,
            // How many, not which: the concern codes say what happened to the child, and the audit is kept
            // after the retention purge has removed the alert's report.
            concerns: request.body.concerns.length,
          },
        );
        // Started inside the transaction: an alert is never stored without its escalation timer. Should the
        // commit fail after the start, the workflow's escalation finds no alert and ends.
        await startAlertWorkflow(temporal, taskQueue, {
          alertId,
          inspectionId: task.inspectionId,
          escalateAfterMs,
        });
        return stored;
      });
      afterOutbox();
      return reply.status(201).send(toAlertView(alert));
    },
  );
}
