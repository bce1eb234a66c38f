// One schema for every framework file: the CARaG question banks (001, 003, 000), the 2020 standards
// (004 Annexe A) and the 2016 FJI/SQS question model (002), so that a new version is data, not code.
import { z } from 'zod';
import type { DeepReadonly } from './deep-freeze.ts';
import { allowedValues } from './scale.ts';

// 001 A 2.5 / A 3.4, 003 A 2.4 / A 3.3, 000 A 2.4 / A 3.3: the four levels, lowest first.
export const CLASSIFICATION_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export const classificationLevelSchema = z.enum(CLASSIFICATION_LEVELS);
export type ClassificationLevel = z.infer<typeof classificationLevelSchema>;

// The two concerns whose key questions can be gated (004 ¶3.26; 003 P 2 S, P 3 S, D 2 S, D 3 S).
export const CONCERNS = ['safetyWellbeing', 'riskOfHarm'] as const;
export const concernSchema = z.enum(CONCERNS);
export type Concern = z.infer<typeof concernSchema>;

const optionSchema = z.strictObject({ value: z.string().min(1), label: z.string().min(1) });

const uniqueValues = (options: readonly { value: string }[]) =>
  new Set(options.map((option) => option.value)).size === options.length;

export const answerScaleSchema = z.discriminatedUnion('type', [
  // CARaG prompts, information and summary questions (001/003/000 key tables): answered 'yes' or 'no'.
  z.strictObject({ type: z.literal('yes-no') }),
  // Classification questions carry their levels (001 A 2.5: Low, Medium, High, Very high).
  z.strictObject({
    type: z.literal('classification'),
    levels: z.array(z.strictObject({ value: classificationLevelSchema, label: z.string().min(1) })).min(2),
  }),
  // One option from a list (003 I 1.x ONS categories; 002 question 9a 'English', 'Welsh', 'Other', 'Not Known').
  z.strictObject({
    type: z.literal('choice'),
    options: z.array(optionSchema).min(2).refine(uniqueValues, 'option values must be unique'),
  }),
  // 002 Introduction, "Judgement Questions": Sufficient or Insufficient, often with N/A (002 e.g. 3.12.2).
  z.strictObject({ type: z.literal('sufficiency'), notApplicable: z.boolean() }),
  // 002 Introduction, "Explanation Questions": pre-coded reasons, always including "Other"
  // (explained in the section's narrative question, e.g. 002 1.4.2 → 1.20).
  z.strictObject({
    type: z.literal('reasons'),
    options: z
      .array(optionSchema)
      .min(1)
      .refine(uniqueValues, 'option values must be unique')
      .refine(
        (options) => options.some((option) => option.value === 'other'),
        'reasons must include "other"',
      ),
  }),
  // Free text: 002 narrative questions (e.g. 1.20b), 003 I 1.6 preferred language, 2020 standards evidence.
  z.strictObject({ type: z.literal('text') }),
]);
export type AnswerScale = DeepReadonly<z.infer<typeof answerScaleSchema>>;

// Where a rule comes from: the seed file and the code or paragraph as printed there.
export const sourceSchema = z.strictObject({ file: z.string().min(1), code: z.string().min(1) });
export type Source = DeepReadonly<z.infer<typeof sourceSchema>>;

// Applicability rules that are data (e.g. 003 I 1.11 asked only when I 1.9 is yes; 000 J 2 only in YCC cases).
export const conditionSchema = z.discriminatedUnion('when', [
  z.strictObject({
    when: z.literal('answer'),
    question: z.string().min(1),
    in: z.array(z.string().min(1)).min(1),
    source: z.string().min(1),
  }),
  z.strictObject({
    when: z.literal('disposal-type'),
    in: z.array(z.string().min(1)).min(1),
    source: z.string().min(1),
  }),
]);
export type Condition = DeepReadonly<z.infer<typeof conditionSchema>>;

// 004 Annexe A marks what changed in that version with an asterisk; we keep the mark, not the asterisk.
const changed = z.literal(true).optional();

export const QUESTION_KINDS = [
  // CARaG key (001/003/000): dark grey, "directly influence the summary judgement".
  'prompt',
  // CARaG light grey supplementary questions; 002 information questions.
  'information',
  // CARaG bold summary judgement answering a key question (codes ending S).
  'summary',
  // 002 judgement, explanation and narrative questions.
  'judgement',
  'explanation',
  'narrative',
] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const questionSchema = z.strictObject({
  // As printed, spaces removed ('A 1.2a' → 'A1.2a', 'A 1 S' → 'A1S').
  code: z.string().regex(/^\S+$/, 'codes have no spaces'),
  text: z.string().min(1),
  kind: questionKindSchema,
  answers: answerScaleSchema,
  // A one-line summary of the seed's guidance, in our words. The 2020 standards' prompts carry none.
  guidance: z.string().min(1).optional(),
  source: sourceSchema,
  // Why a question is a prompt or information where the PDF conversion lost the shading.
  kindNote: z.string().min(1).optional(),
  appliesWhen: conditionSchema.optional(),
  // 002 column 2: the inspection criterion the question contributes to.
  criterion: z.string().min(1).optional(),
  // 003 I 1.1: a care-experienced child whose inspected YJS is neither home nor responsible for
  // assessment is excluded from the sample.
  excludesCase: z
    .strictObject({ rule: z.literal('care-experienced-not-home-not-assessing'), source: z.string().min(1) })
    .optional(),
  // Where the seed is silent and DOMAIN.md decides (e.g. the ONS categories for 003 I 1.x).
  decision: z.string().min(1).optional(),
  changed,
});
export type Question = DeepReadonly<z.infer<typeof questionSchema>>;

export const keyQuestionSchema = z.strictObject({
  code: z.string().regex(/^\S+$/, 'codes have no spaces'),
  // The standard key question id (A1 → 2.1.1 in domain two). Null for a group of questions that no
  // standard rates (003 I 1.x information about the child, O 2 case manager interview, 002 groups).
  standard: z
    .string()
    .regex(/^\d\.\d\.\d$/)
    .nullable(),
  // The heading as printed; null where the seed prints none (003 I 1.x).
  text: z.string().min(1).nullable(),
  // Present where the framework's gating rule (Framework.gating) applies to this key question.
  gated: z.strictObject({ concern: concernSchema, source: z.string().min(1) }).optional(),
  appliesWhen: conditionSchema.optional(),
  changed,
  questions: z.array(questionSchema).min(1),
});
export type KeyQuestion = DeepReadonly<z.infer<typeof keyQuestionSchema>>;

export const sectionSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  // The standard this section rates (A → 2.1 in domain two); null for sections that rate nothing.
  standard: z
    .string()
    .regex(/^\d\.\d$/)
    .nullable(),
  // 004 Annexe A / ¶3.22–3.23: domain one, 2.5 and 3.4 are qualitative; the rest case-based.
  rating: z.enum(['case-based', 'qualitative']).nullable(),
  // 004 ¶3.14–3.15: resettlement (2.5) is rated only with at least this many custody cases.
  minimumCustodyCases: z.number().int().positive().optional(),
  changed,
  keyQuestions: z.array(keyQuestionSchema).min(1),
});
export type Section = DeepReadonly<z.infer<typeof sectionSchema>>;

// How a framework version decides whether safety-and-wellbeing and risk-of-harm key questions count.
export const gatingSchema = z.discriminatedUnion('mode', [
  // 004 ¶3.26: judged only when the inspector assesses the concern at this level or above; otherwise the
  // key question does not apply and the case leaves that key question's n.
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

export const frameworkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    // Null when a framework spans all three domains (the 2020 standards).
    domain: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    title: z.string().min(1),
    // The seed file the framework is extracted from.
    source: z.string().min(1),
    gating: gatingSchema,
    // DOMAIN.md §3 decision: ask for a rationale when a summary disagrees with more than this share of its
    // answered prompts. Absent where a framework has no summary judgements.
    summaryRationale: z
      .strictObject({ disagreeingPromptsAbove: z.number().min(0).max(1), decision: z.string().min(1) })
      .optional(),
    // Decisions that apply to the whole framework where its seed is silent (DOMAIN.md: say where applied).
    decisions: z.array(z.string().min(1)).optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((framework, context) => {
    for (const problem of integrityProblems(framework))
      context.addIssue({ code: 'custom', message: problem });
  });
export type Framework = DeepReadonly<z.infer<typeof frameworkSchema>>;

// What a field-by-field schema cannot see: codes are unique, rules point at questions that exist and come
// earlier (so applicability is decided in one pass), summaries are yes/no and each key question has at most one.
function integrityProblems(framework: z.infer<typeof frameworkSchema>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, AnswerScale>();
  const keyQuestionCodes = new Set<string>();
  const checkCondition = (owner: string, condition: Condition | undefined) => {
    if (condition?.when !== 'answer') return;
    const scale = seen.get(condition.question);
    if (!scale) {
      problems.push(`${owner} depends on ${condition.question}, which is not an earlier question`);
      return;
    }
    const allowed = allowedValues(scale);
    const unknown = condition.in.filter((value) => !allowed?.includes(value));
    if (unknown.length > 0)
      problems.push(`${owner} depends on ${condition.question} values outside its scale`);
  };
  for (const section of framework.sections) {
    for (const keyQuestion of section.keyQuestions) {
      if (keyQuestionCodes.has(keyQuestion.code))
        problems.push(`key question ${keyQuestion.code} appears twice`);
      keyQuestionCodes.add(keyQuestion.code);
      if (keyQuestion.standard && !keyQuestion.standard.startsWith(`${section.standard}.`)) {
        problems.push(
          `key question ${keyQuestion.code} (${keyQuestion.standard}) is not under standard ${section.standard}`,
        );
      }
      if (keyQuestion.gated && framework.gating.mode === 'none') {
        problems.push(`key question ${keyQuestion.code} is gated but the framework has no gating rule`);
      }
      checkCondition(keyQuestion.code, keyQuestion.appliesWhen);
      const summaries = keyQuestion.questions.filter((question) => question.kind === 'summary');
      if (summaries.length > 1) problems.push(`key question ${keyQuestion.code} has more than one summary`);
      for (const question of keyQuestion.questions) {
        if (seen.has(question.code)) problems.push(`question ${question.code} appears twice`);
        checkCondition(question.code, question.appliesWhen);
        if (question.kind === 'summary' && question.answers.type !== 'yes-no') {
          problems.push(`summary ${question.code} must be answered yes or no`);
        }
        seen.set(question.code, question.answers);
      }
    }
  }
  return problems;
}
