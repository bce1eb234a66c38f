// Every read of a case's review and every move on it is audited against the review (its id is the task's):
// who, what, and ids, states and question codes only — never answers, reasons or comments.
import { recordAudit } from '@yji/db';

/** 'case.read' for a read of the review's case data; `review.<move>` for each move on it. */
export type ReviewAction = 'case.read' | `review.${string}`;

export const auditReview = recordAudit<ReviewAction>('case-review');
