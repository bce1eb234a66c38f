// Guidance an assessor can assess from: ours per question, key question, classification level and standard
// (data/*.json), and the official text when its owner imports it (README.md).
export {
  GUIDED_LEVELS,
  classificationGuidanceSchema,
  frameworkGuidanceSchema,
  keyQuestionGuidanceSchema,
  questionGuidanceSchema,
  sectionGuidanceSchema,
  standardGuidanceSchema,
} from './schema.ts';
export type {
  ClassificationGuidance,
  CrossReference,
  FrameworkGuidance,
  GuidedLevel,
  KeyQuestionGuidance,
  LevelGuidance,
  QuestionGuidance,
  SectionGuidance,
  SeedReference,
  StandardGuidance,
} from './schema.ts';
export * from './registry.ts';
export * from './lookup.ts';
export * from './official-entry.ts';
export * from './official.ts';
