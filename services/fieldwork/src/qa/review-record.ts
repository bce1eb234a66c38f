// A stored CaseReview row as the domain's CaseReview (qa/review-states.ts), and back. Parsing on the way out
// means a row that does not match fails loudly, not half-read.
import { qaSelectionSchema, REVIEW_STATES, type CaseReview as DomainReview } from '@yji/domain';
import { z } from 'zod';
import type { CaseReview } from '../generated/prisma/client.ts';

const approvalSchema = z.enum(['reviewed', 'without-review']).nullable();

export function domainReviewOf(row: CaseReview): DomainReview {
  return {
    state: z.enum(REVIEW_STATES).parse(row.state),
    assessorId: row.assessorId,
    reviewerId: row.reviewerId,
    round: row.round,
    approval: approvalSchema.parse(row.approval),
    selection: qaSelectionSchema.parse(row.selection),
  };
}

/** Whether the review is blind: the reviewer judges the key questions before seeing the answers. */
export function isBlind(row: CaseReview): boolean {
  const selection = qaSelectionSchema.parse(row.selection);
  return selection.selected && selection.blind;
}
