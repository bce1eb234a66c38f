// The rules inside one case assessment: which questions apply, whether the answers are complete and within
// scale, and the key question judgements ratings count. Pure functions of (framework, case, answers).
export { applicableQuestions } from './applicability.ts';
export { gridRows } from './answer-scale.ts';
export { answerValueSchema, answersSchema, rationaleNotesSchema, valuesOf } from './answers.ts';
export type { AnswerValue, Answers, RationaleNotes } from './answers.ts';
export { assessedCaseSchema, caseContextOf, checkAssessment } from './assessed-case.ts';
export type { AssessedCase, AssessmentCheck } from './assessed-case.ts';
export { caseContextSchema } from './case-context.ts';
export { caseFactsRead } from './case-facts-read.ts';
export type { CaseFactsRead } from './case-facts-read.ts';
export type { CaseContext } from './case-context.ts';
export { checkExclusion } from './exclusion.ts';
export type { ExclusionCheck } from './exclusion.ts';
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
export type { AssessmentIssue, AssessmentValidation, IssueRule } from './issues.ts';
export { keyQuestionJudgements } from './judgements.ts';
export { sectionJudgements } from './section-judgements.ts';
export type { CaseJudgement, JudgementOutcome, SectionReport } from './section-judgements.ts';
export { draftAnswerIssues } from './answer-issues.ts';
export { validateAssessment } from './validation.ts';
