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
export { getFrameworkGuidance, guidedFrameworkIds } from './registry.ts';
export { guidanceForQuestion } from './lookup.ts';
export type { GuidanceForQuestion, OfficialText } from './lookup.ts';
export { OFFICIAL_FORMATS, officialLayerSchema } from './official-entry.ts';
export type { OfficialEntry, OfficialFormat, OfficialLayer, OfficialProblem } from './official-entry.ts';
export { readOfficialGuidance } from './official.ts';
export type { OfficialReadResult } from './official.ts';
