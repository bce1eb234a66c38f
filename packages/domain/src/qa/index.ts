// Quality assurance (moderation) of submitted case assessments: which go to QA, their review states and who
// may move them, and how far assessors and QA reviewers agree.
export { LEAD_INSPECTOR_ROLE, QA_REVIEWER_ROLE, SYSTEM, teamMemberSchema } from './mover.ts';
export type { Mover, TeamMember } from './mover.ts';
export * from './qa-policy.ts';
export * from './qa-selection.ts';
export * from './review-moves.ts';
export * from './review-states.ts';
export * from './kappa.ts';
export * from './agreement.ts';
export * from './review-deadlines.ts';
export * from './moderated-judgements.ts';
export * from './blind-judgement.ts';
