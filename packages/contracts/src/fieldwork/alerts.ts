// Safeguarding alerts (002 Alert & Action: 1.14.1, 5.15.1–5.15.2, p.3): raised by an assessor on a case, they
// reach the lead inspector at once and are followed to an outcome. The rules beyond the shape are
// packages/domain alertProblems. Text fields are about a child: errors name the field, never the text.
import { z } from 'zod';
import { CaseRef, UserId } from '../roles.ts';
import { freeText } from '../free-text.ts';
import { QuestionCode } from './assessment-vocabulary.ts';
const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const AlertConcern = z.enum([
  'child-sexual-exploitation',
  'harm-to-self',
  'harm-from-others',
  'risk-of-harm-to-others',
  'other',
]);
export const AlertAtRisk = z.enum(['this-child', 'another-child', 'other-people']);
export const AlertUrgency = z.enum(['immediate', 'urgent', 'before-inspection-ends']);
export const AlertRoute = z.enum(['yji', 'in-person', 'telephone', 'email']);
export const AlertState = z.enum(['raised', 'acknowledged', 'closed']);

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

/** The lead inspector's record of how an alert ended. */
export const AlertOutcome = z.strictObject({
  summary: freeText({ max: 4000, min: 1, multiLine: true }),
  decidedBy: UserId,
  at: z.iso.datetime(),
});

export const AlertView = RaiseAlertBody.extend({
  alertId: z.uuid(),
  inspectionId: z.uuid(),
  caseRef: CaseRef,
  raisedBy: UserId,
  raisedAt: z.iso.datetime(),
  state: AlertState,
  acknowledgedBy: UserId.nullable(),
  outcome: AlertOutcome.nullable(),
});
