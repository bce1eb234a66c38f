// Inspection frameworks as versioned, immutable data: the CARaG question banks (001 domain two v6.5,
// 003 domain three v3.6, 000 earlier domain three), the 2020 standards (004 Annexe A) and the 2016 FJI/SQS
// case assessment (002).
//
// Prompt or information? The PDF conversion lost the shading, so a CARaG question is a prompt when it
// matches a prompt of its standard in 004 Annexe A (the keys of 001/003/000: "directly linked to a prompt
// in the inspection standards"), and information otherwise; each information question says why (kindNote).
export {
  CLASSIFICATION_LEVELS,
  NOT_RECORDED,
  THIRD_ANSWERS,
  answerScaleSchema,
  classificationLevelSchema,
} from './scale-schema.ts';
export type { AnswerScale, CellScale, ClassificationLevel } from './scale-schema.ts';
export * from './condition-schema.ts';
export * from './question-schema.ts';
export * from './schema.ts';
export * from './inspection-vocabulary.ts';
export * from './registry.ts';
export { findQuestion, locatedQuestions, questionCount } from './questions.ts';
export type { LocatedQuestion } from './questions.ts';
export * from './scale.ts';
export * from './rules.ts';
export type { DeepReadonly } from './deep-freeze.ts';
export * from './guidance/index.ts';
