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
