// One schema for every framework file: the CARaG question banks (001, 003, 000), the 2020 standards
// (004 Annexe A) and the 2016 FJI/SQS case assessment (002), so that a new version is data, not code.
import { z } from 'zod';
import { DISPOSAL_TYPES } from '../sampling/disposal-types.ts';
import type { DeepReadonly } from './deep-freeze.ts';
import { integrityProblems } from './integrity.ts';
import { sectionSchema } from './question-schema.ts';
import { classificationLevelSchema } from './scale-schema.ts';

// How a framework version decides whether safety-and-wellbeing and risk-of-harm key questions count.
export const gatingSchema = z.discriminatedUnion('mode', [
  // 004 ¶3.26: judged only when the inspector assesses the concern at this level or above; otherwise the
  // key question's judgements do not apply and the case leaves that key question's n. Questions marked
  // `ungated` are still asked.
  z.strictObject({
    mode: z.literal('inspector-classification'),
    minimumLevel: classificationLevelSchema,
    source: z.string().min(1),
    decision: z.string().min(1),
  }),
  // 003 P 2 S, P 3 S, D 2 S, D 3 S: always judged; with no relevant factors the summary is 'yes'.
  z.strictObject({
    mode: z.literal('yes-when-no-factors'),
    // Whether the other questions of such a key question are still asked when there are no factors.
    questionsWhenNoFactors: z.enum(['asked', 'not-applicable']),
    source: z.string().min(1),
    decision: z.string().min(1),
  }),
  // Nothing is gated (the 2020 standards are not assessed case by case; the 2016 model routes by answers).
  z.strictObject({ mode: z.literal('none') }),
]);
export type Gating = DeepReadonly<z.infer<typeof gatingSchema>>;

// Frameworks pinned together by one inspection come from one family: the youth inspection standards and the
// CARaGs that assess their case-based standards (004, 001, 003, 000), or the 2016 FJI/SQS programme (002).
export const FRAMEWORK_FAMILIES = ['youth-standards', 'fji-sqs-2016'] as const;

export const frameworkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    family: z.enum(FRAMEWORK_FAMILIES),
    // Null when a framework is not one domain's: the 2020 standards span all three; the 2016 programme has none.
    domain: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    // How people name the framework in a table, a choice or a summary; `title` is its seed's own full title.
    name: z.string().min(1).max(50),
    title: z.string().min(1),
    // The seed file the framework is extracted from.
    source: z.string().min(1),
    // Whether the seed is in force or a draft (004 ¶1–2 and its foreword: Annexe A is put out for
    // consultation), so that an adopted version can sit beside a draft one.
    status: z.strictObject({
      stage: z.enum(['consultation-draft', 'published']),
      source: z.string().min(1),
    }),
    // The disposal types assessed against the framework: a closed list, so a misspelt type is an error,
    // never a question silently hidden. Absent where cases are not assessed against it (the standards).
    disposalTypes: z.array(z.enum(DISPOSAL_TYPES)).min(1).optional(),
    gating: gatingSchema,
    // docs/domain.md §3 decision: ask for a rationale when a summary disagrees with more than this share of its
    // answered prompts. Absent where a framework has no summary judgements.
    summaryRationale: z
      .strictObject({ disagreeingPromptsAbove: z.number().min(0).max(1), decision: z.string().min(1) })
      .optional(),
    // Decisions that apply to the whole framework where its seed is silent (say where applied).
    decisions: z.array(z.string().min(1)).optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((framework, context) => {
    for (const problem of integrityProblems(framework))
      context.addIssue({ code: 'custom', message: problem });
  });
export type Framework = DeepReadonly<z.infer<typeof frameworkSchema>>;
