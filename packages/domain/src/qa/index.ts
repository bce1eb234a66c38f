// Quality assurance (moderation) of submitted case assessments: which go to QA, their review states and who
// may move them, and how far assessors and QA reviewers agree.
export { LEAD_INSPECTOR_ROLE, QA_REVIEWER_ROLE, SYSTEM, teamMemberSchema } from './mover.ts';
export type { Mover, TeamMember } from './mover.ts';
export { QA_POLICY_DEFAULTS, qaPolicySchema } from './qa-policy.ts';
export type { AssessorRole, QaPolicy } from './qa-policy.ts';
export { QA_SELECTION_REASONS, qaSelectionSchema, selectForQa } from './qa-selection.ts';
export type { QaSelection, QaSelectionReason, QaSubmission } from './qa-selection.ts';
export { reviewMoveSchema } from './review-moves.ts';
export type { ReviewMove, ReviewMoveType } from './review-moves.ts';
export {
  REVIEW_MOVES_FROM,
  REVIEW_REFUSALS,
  REVIEW_STATES,
  judgementsStand,
  moveReview,
  newCaseReview,
} from './review-states.ts';
export type { CaseReview, ReviewOutcome, ReviewRefusal, ReviewState } from './review-states.ts';
export { cohensKappa } from './kappa.ts';
export type { Kappa, PairedCounts } from './kappa.ts';
export { measureAgreement } from './agreement.ts';
export type { AgreementReport, AgreementSummary, BlindReview } from './agreement.ts';
export { REVIEW_DEADLINE_DEFAULTS, reviewDeadlinesSchema } from './review-deadlines.ts';
export type { ReviewDeadlines } from './review-deadlines.ts';
export { moderatedBy, moderatedJudgements } from './moderated-judgements.ts';
export type { ModeratedJudgements } from './moderated-judgements.ts';
