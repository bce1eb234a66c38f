// Questions, the key questions that group them and the sections that group those (001/003/000 A, P, D, R;
// 004 standards; 002 Views 0 to 5).
import { z } from 'zod';
import { conditionSchema } from './condition-schema.ts';
import type { DeepReadonly } from './deep-freeze.ts';
import { answerScaleSchema } from './scale-schema.ts';

// The two concerns whose key questions can be gated (004 ¶3.26; 003 P 2 S, P 3 S, D 2 S, D 3 S).
export const CONCERNS = ['safetyWellbeing', 'riskOfHarm'] as const;
export const concernSchema = z.enum(CONCERNS);
export type Concern = z.infer<typeof concernSchema>;

// Where a rule comes from: the seed file, the code or paragraph as printed there and, where given, the lines
// of the seed file it is read from.
export const sourceSchema = z.strictObject({
  file: z.string().min(1),
  code: z.string().min(1),
  lines: z
    .tuple([z.int().positive(), z.int().positive()])
    .refine(([first, last]) => first <= last, 'lines run from the first to the last')
    .optional(),
});
export type Source = DeepReadonly<z.infer<typeof sourceSchema>>;

// What yji records elsewhere than in the answers, for a question the 2016 tool asks (002 View 0): the
// assessor and their role come from the task and the team, the YJS, country and modules from the
// inspection, the sentence and the child's details from the long list, the interview's facts from the
// interview record (002 13a–13c) and the alert's from the alert (002 5.15.1–5.15.2). Never a name.
export const RECORDED_FIELDS = [
  'task.assessor',
  'team.assessor-role',
  'inspection.yjs',
  'inspection.country',
  'inspection.modules',
  'case.disposal-type',
  'case.gender',
  'case.ethnicity',
  'interview.role',
  'interview.case-manager-seen-before',
  'interview.language',
  'alert.raised',
  'alert.forwarded-by',
] as const;

// 004 Annexe A marks what changed in that version with an asterisk; we keep the mark, not the asterisk.
const changed = z.literal(true).optional();
const source = z.string().min(1);

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
    .strictObject({ rule: z.literal('care-experienced-not-home-not-assessing'), source })
    .optional(),
  // Asked in every case, even where its gated key question is not judged: the guidance asks it of every
  // case (001 A 2.5 "every case should have a classification"; A 2.9 "even when correctly judged to be low").
  ungated: z.strictObject({ source }).optional(),
  // The answer a rule prescribes when its condition holds (e.g. d3-v3.6 A2.6: a case manager's classification
  // not recorded cannot be judged reasonable, a decision where 003 is silent, named in the framework's
  // decisions). Validation reports any other answer (assessment/answer-issues.ts).
  expectedAnswer: z.strictObject({ value: z.string().min(1), when: conditionSchema, source }).optional(),
  // Recorded by yji outside the answers (RECORDED_FIELDS); never answered as a question.
  recordedElsewhere: z.strictObject({ field: z.enum(RECORDED_FIELDS), source }).optional(),
  // 002: "This is not a scoring question" (and the temporary and YOT-wide questions it marks likewise).
  notScoring: z.strictObject({ source }).optional(),
  // 002 1.14.1: answering one of these values asks the assessor to consider the Alert & Action procedure.
  considerAlert: z.strictObject({ in: z.array(z.string().min(1)).min(1), source }).optional(),
  // 002 leaves the wording, the options or the pre-coded reasons of many questions to its separate Case
  // Assessment Tool ("The case assessment tool should be used to identify the actual wording of each
  // question"); this says which, and what yji uses instead.
  fromTool: z
    .strictObject({
      leaves: z.array(z.enum(['wording', 'options', 'reasons', 'rows'])).min(1),
      decision: z.string().min(1),
    })
    .optional(),
  // Where the seed is silent and a decision fills the gap (e.g. the ONS categories for 003 I 1.x).
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
  gated: z.strictObject({ concern: concernSchema, source }).optional(),
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
  minimumCustodyCases: z.int().positive().optional(),
  // 004 ¶3.12, ¶3.15, ¶3.20: a qualitative standard whose evidence must be triangulated with cases.
  caseEvidence: z.strictObject({ minimumCases: z.int().positive().optional(), source }).optional(),
  // 002 View 3: "(FJI only)".
  appliesWhen: conditionSchema.optional(),
  changed,
  keyQuestions: z.array(keyQuestionSchema).min(1),
});
export type Section = DeepReadonly<z.infer<typeof sectionSchema>>;
