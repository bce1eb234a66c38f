// Applicability rules that are data: a question, key question or section applies only when its rule holds
// (003 I 1.11 only when I 1.9 is yes; 000 J 2 only in YCC cases; 002 View 3 FJI only, 9a–9e in Wales).
import { z } from 'zod';
import type { DeepReadonly } from './deep-freeze.ts';
import { countrySchema, programmeModuleSchema, programmeSchema } from './inspection-vocabulary.ts';

const values = z.array(z.string().min(1)).min(1);
const source = z.string().min(1);

export const conditionSchema = z.discriminatedUnion('when', [
  // An earlier question's answer is one of `in` (for a list or grid answer: any of its values is).
  z.strictObject({ when: z.literal('answer'), question: z.string().min(1), in: values, source }),
  // Any of several earlier questions' answers is one of `in` (002 1.6.4 explains 1.6.2 a–c or 1.6.3).
  z.strictObject({
    when: z.literal('any-answer'),
    questions: z.array(z.string().min(1)).min(2),
    in: values,
    source,
  }),
  // The case's disposal type is one of the framework's disposal types listed in `in`.
  z.strictObject({ when: z.literal('disposal-type'), in: values, source }),
  // 002: the inspection's programme (View 3 "FJI only").
  z.strictObject({ when: z.literal('programme'), in: z.array(programmeSchema).min(1), source }),
  // 002: a module the inspection includes (1.5.3 courts; 1.15.1 "Interventions module only"); FJI only.
  z.strictObject({ when: z.literal('module'), module: programmeModuleSchema, source }),
  // 002 3b: the country the inspected YJS is in.
  z.strictObject({ when: z.literal('country'), in: z.array(countrySchema).min(1), source }),
  // 002 13a–13b and View 5: an interview took place; or it was with the case manager, seen for the first
  // time in this inspection (the questions about the YOT as a whole are asked once per case manager).
  z.strictObject({
    when: z.literal('interview'),
    requires: z.enum(['took-place', 'case-manager-first-time']),
    source,
  }),
]);
export type Condition = DeepReadonly<z.infer<typeof conditionSchema>>;

// The earlier questions a rule reads, so the schema can check they exist and come first.
export function questionsReadBy(condition: Condition | undefined): readonly string[] {
  if (condition?.when === 'answer') return [condition.question];
  if (condition?.when === 'any-answer') return condition.questions;
  return [];
}
