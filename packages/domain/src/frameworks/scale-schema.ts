// The answer scales a question can take, across the CARaGs (001, 003, 000), the 2020 standards (004) and
// the 2016 case assessment model (002).
import { z } from 'zod';
import type { DeepReadonly } from './deep-freeze.ts';

// 001 A 2.5 / A 3.4, 003 A 2.4 / A 3.3, 000 A 2.4 / A 3.3: the four levels, lowest first.
export const CLASSIFICATION_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export const classificationLevelSchema = z.enum(CLASSIFICATION_LEVELS);
export type ClassificationLevel = z.infer<typeof classificationLevelSchema>;

// The answer when the case record holds no classification (001 A 2.5: "every case should have a
// classification"), which is a finding in itself, not a missing answer.
export const NOT_RECORDED = 'not_recorded';

// The third answer some yes/no questions offer besides yes and no (002 9b "not known", 9d "not required",
// 4.1 "N/A", 4.13.1 "insufficient evidence", 4.19.1 "don't know").
export const THIRD_ANSWERS = [
  'not_known',
  'not_required',
  'not_applicable',
  'insufficient_evidence',
] as const;
export const thirdAnswerSchema = z.enum(THIRD_ANSWERS);

export const optionSchema = z.strictObject({ value: z.string().min(1), label: z.string().min(1) });

const uniqueValues = (options: readonly { value: string }[]) =>
  new Set(options.map((option) => option.value)).size === options.length;

const optionsSchema = (min: number) =>
  z.array(optionSchema).min(min).refine(uniqueValues, 'option values must be unique');

// One cell of a per-factor grid (002 2.1.2, 3.7.1, 4.12, 4.19.1): a judgement or a yes/no per row.
const cellScaleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('yes-no'), third: thirdAnswerSchema.optional() }),
  z.strictObject({ type: z.literal('sufficiency'), notApplicable: z.boolean() }),
]);

export const answerScaleSchema = z.discriminatedUnion('type', [
  // CARaG prompts, information and summary questions (001/003/000 key tables): answered 'yes' or 'no';
  // some 2016 questions add a third answer (THIRD_ANSWERS).
  z.strictObject({ type: z.literal('yes-no'), third: thirdAnswerSchema.optional() }),
  // Classification questions carry their levels (001 A 2.5: Low, Medium, High, Very high) and, where the case
  // record can lack a classification, the NOT_RECORDED answer.
  z.strictObject({
    type: z.literal('classification'),
    levels: z.array(z.strictObject({ value: classificationLevelSchema, label: z.string().min(1) })).min(2),
    notRecorded: z.strictObject({ label: z.string().min(1), source: z.string().min(1) }).optional(),
  }),
  // One option from a list (003 I 1.x ONS categories; 002 question 9a 'English', 'Welsh', 'Other', 'Not Known').
  z.strictObject({ type: z.literal('choice'), options: optionsSchema(2) }),
  // Any number of options, up to `max` (002 1.5.1 "select all that apply", 2.1.0 "up to five").
  z.strictObject({
    type: z.literal('choices'),
    options: optionsSchema(2),
    max: z.int().positive().optional(),
  }),
  // 002 Introduction, "Judgement Questions": Sufficient or Insufficient, often with N/A (002 e.g. 3.12.2).
  z.strictObject({ type: z.literal('sufficiency'), notApplicable: z.boolean() }),
  // 002 Introduction, "Explanation Questions": pre-coded reasons, always including "Other"
  // (explained in the section's narrative question, e.g. 002 1.4.2 → 1.20).
  z.strictObject({
    type: z.literal('reasons'),
    options: optionsSchema(1).refine(
      (options) => options.some((option) => option.value === 'other'),
      'reasons must include "other"',
    ),
  }),
  // A whole number within bounds, with coded values outside them (002 10.b: months, 999 = indeterminate).
  z.strictObject({
    type: z.literal('number'),
    min: z.int(),
    max: z.int(),
    unit: z.string().min(1),
    codes: z.array(z.strictObject({ value: z.string().regex(/^\d+$/), label: z.string().min(1) })).optional(),
  }),
  // One answer per row (002 2.1.2 "for each domain"): rows listed, or the options chosen at an earlier
  // question (002 3.7.1 and 4.12 ask for "each of the priority factors identified in question 2.1.0").
  z.strictObject({
    type: z.literal('grid'),
    rows: z.union([optionsSchema(1), z.strictObject({ chosenAt: z.string().min(1) })]),
    cell: cellScaleSchema,
  }),
  // Free text: 002 narrative questions (e.g. 1.20b), 003 I 1.6 preferred language.
  z.strictObject({ type: z.literal('text') }),
]);
export type AnswerScale = DeepReadonly<z.infer<typeof answerScaleSchema>>;
export type CellScale = DeepReadonly<z.infer<typeof cellScaleSchema>>;
