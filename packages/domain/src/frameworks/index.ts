// Inspection frameworks as versioned, immutable data: the CARaG question banks (001 domain two v6.5,
// 003 domain three v3.6, 000 earlier domain three) and the 2020 standards (004 Annexe A).
//
// Prompt or information? The PDF conversion lost the shading, so a CARaG question is a prompt when it
// matches a prompt of its standard in 004 Annexe A (the keys of 001/003/000: "directly linked to a prompt
// in the inspection standards"), and information otherwise; each information question says why (kindNote).
export {
  CONCERNS,
  QUESTION_KINDS,
  answerScaleSchema,
  classificationLevelSchema,
  concernSchema,
  conditionSchema,
  frameworkSchema,
  gatingSchema,
  keyQuestionSchema,
  questionKindSchema,
  questionSchema,
  sectionSchema,
  sourceSchema,
} from './schema.ts';
export type {
  AnswerScale,
  Concern,
  Condition,
  Framework,
  Gating,
  KeyQuestion,
  Question,
  QuestionKind,
  Section,
  Source,
} from './schema.ts';
export { FRAMEWORK_IDS, getFramework, listFrameworks, requireFramework } from './registry.ts';
export type { FrameworkId } from './registry.ts';
export { locatedQuestions, questionCount } from './questions.ts';
export type { LocatedQuestion } from './questions.ts';
export { allowedValues } from './scale.ts';
export type { DeepReadonly } from './deep-freeze.ts';
export * from './guidance/index.ts';
