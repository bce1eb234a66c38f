// The rules inside one case assessment: which questions apply, whether the answers are complete and within
// scale, and the key question judgements ratings count. Pure functions of (framework, case, answers).
export * from './applicability.ts';
export { gridRows } from './answer-scale.ts';
export * from './answers.ts';
export * from './assessed-case.ts';
export * from './case-context.ts';
export * from './case-facts-read.ts';
export * from './exclusion.ts';
export { keyQuestionGate } from './gating.ts';
export type { KeyQuestionGate } from './gating.ts';
export {
  INTERVIEW_LANGUAGES,
  INTERVIEW_ROLES,
  interviewFactsSchema,
  interviewProblems,
  interviewRoleSchema,
} from './interview.ts';
export type { InterviewFacts, InterviewProblem, InterviewRole } from './interview.ts';
export * from './issues.ts';
export * from './judgements.ts';
export * from './section-judgements.ts';
export { draftAnswerIssues } from './answer-issues.ts';
export * from './validation.ts';
