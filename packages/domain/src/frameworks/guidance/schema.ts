// The shape of our guidance: per question, key question, classification level and (2020) standard, in our
// own words, each pointing at the lines of the seed where the official text stands (001/003/000 CARaGs,
// 004 Annexe A). One file per framework version, keyed by (framework id, code); see README.md.
import { z } from 'zod';
import { concernSchema } from '../question-schema.ts';
import { CLASSIFICATION_LEVELS, NOT_RECORDED } from '../scale-schema.ts';
import type { DeepReadonly } from '../deep-freeze.ts';

// The classification levels a case can be given (001 A 2.5, A 3.4; 003/000 A 2.4, A 3.3), plus the answer
// for a case record that holds no classification at all.
export const GUIDED_LEVELS = [...CLASSIFICATION_LEVELS, NOT_RECORDED] as const;
export const guidedLevelSchema = z.enum(GUIDED_LEVELS);
export type GuidedLevel = z.infer<typeof guidedLevelSchema>;

const sentence = z.string().trim().min(1);
const sentences = z.array(sentence);
const lineNumber = z.int().positive();

// Where the official text stands, so it can be opened beside ours: the seed document's number (the file
// whose name starts with it) and the first and last line of the passage.
export const seedReferenceSchema = z.strictObject({
  document: z.string().regex(/^\d{3}$/, 'a seed document number, e.g. "001"'),
  lines: z
    .tuple([lineNumber, lineNumber])
    .refine(([from, to]) => from <= to, 'lines run from the first to the last'),
  // The heading as printed where the seed prints no code for the group (003 "Information about the child").
  printed: sentence.optional(),
});
export type SeedReference = DeepReadonly<z.infer<typeof seedReferenceSchema>>;

// A question or key question to read alongside; the same framework unless another is named.
export const crossReferenceSchema = z.strictObject({
  framework: z.string().min(1).optional(),
  code: z.string().regex(/^\S+$/),
});
export type CrossReference = DeepReadonly<z.infer<typeof crossReferenceSchema>>;

export const questionGuidanceSchema = z.strictObject({
  code: z.string().regex(/^\S+$/),
  // What the question is about, in a sentence or two.
  summary: sentence,
  // For questions judged yes or no (and the 2020 prompts): what a yes needs, and what is not enough. For the
  // 2016 judgement questions, answered Sufficient or Insufficient, what Sufficient needs and what makes the
  // work Insufficient: the same two-sided judgement, and 002 itself says YES or NO of many of them.
  yesWhen: sentences.default([]),
  noWhen: sentences.default([]),
  // For questions answered with a level, a category or text: how to choose the answer.
  howToAnswer: sentences.default([]),
  // What the seed says does not by itself decide the answer (non-engagement, proportionate brevity, …).
  exceptions: sentences.default([]),
  // Where to look.
  evidence: sentences.min(1),
  seeAlso: z.array(crossReferenceSchema).default([]),
  source: seedReferenceSchema,
  // Where the seed's text is garbled or repeats another question's, and how we read it.
  sourceNote: sentence.optional(),
});
export type QuestionGuidance = DeepReadonly<z.infer<typeof questionGuidanceSchema>>;

export const keyQuestionGuidanceSchema = z.strictObject({
  code: z.string().regex(/^\S+$/),
  // Whose classification levels bear on this key question (safety and wellbeing, or risk of harm to others).
  concern: concernSchema.optional(),
  // The key question's introduction: scope, proportionality, phases (custody, before and after the disposal
  // decision), what counts as evidence.
  introduction: sentences.min(1),
  source: seedReferenceSchema,
  sourceNote: sentence.optional(),
});
export type KeyQuestionGuidance = DeepReadonly<z.infer<typeof keyQuestionGuidanceSchema>>;

export const levelGuidanceSchema = z.strictObject({
  level: guidedLevelSchema,
  meaning: sentence,
  // Signs that point to this level rather than its neighbours.
  indicators: sentences.default([]),
});
export type LevelGuidance = DeepReadonly<z.infer<typeof levelGuidanceSchema>>;

// The meaning of each level of one classification question (safety and wellbeing, or risk of serious harm).
export const classificationGuidanceSchema = z.strictObject({
  question: z.string().regex(/^\S+$/),
  concern: concernSchema,
  // Definitions and rules that hold for every level (what "serious harm" means, whose view is recorded).
  notes: sentences.min(1),
  levels: z
    .array(levelGuidanceSchema)
    .refine(
      (levels) => new Set(levels.map((entry) => entry.level)).size === levels.length,
      'each level once',
    ),
  source: seedReferenceSchema,
});
export type ClassificationGuidance = DeepReadonly<z.infer<typeof classificationGuidanceSchema>>;

// A section of a framework whose groups carry no text of their own (the 2016 Views, 002): what it covers
// and when it is asked (programme, module, interview, custody, answers to earlier questions).
export const sectionGuidanceSchema = z.strictObject({
  code: z.string().regex(/^\S+$/),
  introduction: sentences.min(1),
  source: seedReferenceSchema,
  sourceNote: sentence.optional(),
});
export type SectionGuidance = DeepReadonly<z.infer<typeof sectionGuidanceSchema>>;

// A standard of the 2020 framework (004 Annexe A): its own statement as printed, and how it is judged.
export const standardGuidanceSchema = z.strictObject({
  code: z.string().regex(/^\d\.\d$/),
  // The standard's statement, word for word: it is the standard, not guidance about it.
  statement: sentence,
  guidance: sentences.min(1),
  evidence: sentences.min(1),
  source: seedReferenceSchema,
  // What 004 says the standard rests on: its Annexe B evidence and learning, or for a new standard (2.5, 3.4)
  // the consultation paragraphs that explain it.
  background: seedReferenceSchema,
});
export type StandardGuidance = DeepReadonly<z.infer<typeof standardGuidanceSchema>>;

export const frameworkGuidanceSchema = z.strictObject({
  framework: z.string().min(1),
  standards: z.array(standardGuidanceSchema).default([]),
  sections: z.array(sectionGuidanceSchema).default([]),
  keyQuestions: z.array(keyQuestionGuidanceSchema).default([]),
  questions: z.array(questionGuidanceSchema),
  classifications: z.array(classificationGuidanceSchema).default([]),
});
export type FrameworkGuidance = DeepReadonly<z.infer<typeof frameworkGuidanceSchema>>;
