// Safeguarding alerts (002 Alert & Action: 1.14.1, 5.15.1–5.15.2, p.3): raised by an assessor on a case, they
// reach the lead inspector at once and are followed to an outcome. The rules beyond the shape are
// packages/domain alertProblems. Text fields are about a child: errors name the field, never the text.
import { z } from 'zod';
import {
  ALERT_AT_RISK,
  ALERT_CONCERNS,
  ALERT_LIFECYCLE_STATES,
  ALERT_ROUTES,
  ALERT_STATES,
  ALERT_URGENCIES,
} from '@yji/domain';
import { defineEvent } from '../event.ts';
import { CaseRef, UserId } from '../roles.ts';
import { freeText } from '../free-text.ts';
import { QuestionCode } from './assessment-vocabulary.ts';
const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const AlertConcern = z.enum(ALERT_CONCERNS);
export const AlertAtRisk = z.enum(ALERT_AT_RISK);
export const AlertUrgency = z.enum(ALERT_URGENCIES);
export const AlertRoute = z.enum(ALERT_ROUTES);
export const AlertState = z.enum(ALERT_STATES);

export const RaiseAlertBody = z.strictObject({
  concerns: z.array(AlertConcern).min(1).max(5).refine(unique, 'names a concern twice'),
  atRisk: z.array(AlertAtRisk).min(1).max(3).refine(unique, 'names who is at risk twice'),
  urgency: AlertUrgency,
  /** What was seen, without names. */
  seen: freeText({ max: 4000, min: 1, multiLine: true }),
  /** What the assessor has already done. */
  done: freeText({ max: 4000, min: 1, multiLine: true }),
  /** 002 5.15.2: how the details reach the lead inspector besides this alert. */
  forwardedBy: AlertRoute,
  /** The question that raised it (002 1.14.1). */
  question: QuestionCode.optional(),
});
export type RaiseAlertBody = z.infer<typeof RaiseAlertBody>;

/** The lead inspector (or, once escalated, the second named person) records what was done, then how it ended. */
export const AlertActionBody = z.strictObject({ action: freeText({ max: 4000, min: 1, multiLine: true }) });
export const AlertOutcomeBody = z.strictObject({ outcome: freeText({ max: 4000, min: 1, multiLine: true }) });

export const AlertIdParams = z.strictObject({ alertId: z.uuid() });

/** Where an alert stands (packages/domain safeguarding/alert-lifecycle.ts). */
export const AlertLifecycleState = z.enum(ALERT_LIFECYCLE_STATES);

/** An alert as read; what it said (RaiseAlertBody) is absent once purged under the retention policy. */
export const AlertView = RaiseAlertBody.partial().extend({
  /** When what the alert said was removed under the retention policy; null while it is kept. */
  purgedAt: z.iso.datetime().nullable(),
  alertId: z.uuid(),
  inspectionId: z.uuid(),
  taskId: z.uuid(),
  caseRef: CaseRef,
  raisedBy: UserId,
  raisedAt: z.iso.datetime(),
  state: AlertLifecycleState,
  escalatedAt: z.iso.datetime().nullable(),
  /** Who is told when the lead inspector has not acknowledged in time; null when the inspection names no one. */
  escalatesTo: UserId.nullable(),
  acknowledgedBy: UserId.nullable(),
  acknowledgedAt: z.iso.datetime().nullable(),
  actions: z.array(z.object({ action: z.string(), by: UserId, at: z.iso.datetime() })),
  outcome: z.object({ outcome: z.string(), by: UserId, at: z.iso.datetime() }).nullable(),
});

export const AlertList = z.object({ alerts: z.array(AlertView) });

/**
 * The open alerts escalated to the caller as the second named person: what a list of them needs — ids,
 * urgency, state and when each escalated — never what an alert says (its page reads that, audited).
 */
export const EscalatedAlertList = z.object({
  alerts: z.array(
    z.object({
      alertId: z.uuid(),
      inspectionId: z.uuid(),
      /** Null once what the alert said is removed under the retention policy. */
      urgency: AlertUrgency.nullable(),
      state: AlertLifecycleState,
      /** When it escalated: what tells two alerts of one inspection apart on a list. */
      escalatedAt: z.iso.datetime(),
    }),
  ),
});
export type EscalatedAlertList = z.infer<typeof EscalatedAlertList>;

const alertFact = z.object({
  alertId: z.uuid(),
  inspectionId: z.uuid(),
  taskId: z.uuid(),
  caseRef: CaseRef,
  urgency: AlertUrgency,
});

/** The lead inspector is told at once; ids and the urgency only, never what was seen. */
export const alertRaised = defineEvent({ subject: 'yji.fieldwork.alert.raised', payload: alertFact });

/** Not acknowledged in time: the second named person is told. */
export const alertEscalated = defineEvent({
  subject: 'yji.fieldwork.alert.escalated',
  payload: alertFact.extend({ escalatedTo: UserId.nullable() }),
});
