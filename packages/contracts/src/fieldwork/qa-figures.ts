// What quality assurance adds to the panel pack (issue 10, "the panel pack"): how far assessors and
// moderators agreed, how many cases were returned, how many safeguarding alerts were raised. Counts and
// measures only, asked of the fieldwork service by the ratings service when it builds the pack.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { AgreementFigures } from './review.ts';

export const QaFigures = z.object({
  /** Blind reviews with both sides' judgements, and the inspection's agreement over all their pairs. */
  blindReviews: z.int(),
  agreement: AgreementFigures,
  /** Cases returned to their assessor at least once, and returns in all. */
  returnedCases: z.int(),
  returns: z.int(),
  alertsRaised: z.int(),
});
export type QaFigures = z.infer<typeof QaFigures>;

export const getQaFigures = defineCommand({
  subject: 'yji.fieldwork.cmd.get-qa-figures',
  request: onInspection({}),
  reply: QaFigures,
});

/**
 * The inspection's cases quality assurance has approved and not reopened, each with the draft version
 * approved (assessment.approved's `version`): the ratings service holds back the chair's approval until it
 * holds every one of them, so the ratings never rest on part of the sample. Task ids only: nothing about a child.
 */
export const ApprovedCases = z.object({
  cases: z.array(z.object({ taskId: z.uuid(), version: z.int() })),
  /**
   * Cases approved once and reopened for correction, not approved again, each with the draft version
   * reopened (assessment.reopened's `version`): the ratings service holds back the chair's approval while it
   * still counts one of them current, its reopening on its way. Named, not left out of `cases`, because the
   * ratings service holds cases this service never saw (a test's own events). Empty from a fieldwork service
   * older than the list, so a newer ratings service still reads its answer.
   */
  reopened: z.array(z.object({ taskId: z.uuid(), version: z.int() })).default([]),
});
export type ApprovedCases = z.infer<typeof ApprovedCases>;

export const getApprovedCases = defineCommand({
  subject: 'yji.fieldwork.cmd.get-approved-cases',
  request: onInspection({}),
  reply: ApprovedCases,
});
