// The ratings input at the edge: case judgements per key question and the qualitative ratings.
import { z } from 'zod';
import { ratingSchema } from './rating.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import type { CaseType, RatedStandard } from './rated-standards.ts';

// 004 ¶3.23: a binary yes/no judgement per key question; null (or absent) when the key question does not
// apply to the case, e.g. safety and wellbeing assessed as low (004 ¶3.26).
const judgementSchema = z.boolean().nullable();

const ratingsCaseSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['court', 'oocd']),
  judgements: z.record(z.string(), judgementSchema),
});

/** Builds the input schema for one framework version's standards, so judgement keys are checked against it. */
export function ratingsInputSchemaFor(standards: readonly RatedStandard[]) {
  const keyQuestionIds: Record<CaseType, Set<string>> = { court: new Set(), oocd: new Set() };
  const qualitativeIds = new Set<string>();
  for (const standard of standards) {
    if (standard.kind === 'qualitative') qualitativeIds.add(standard.id);
    else
      for (const keyQuestion of standard.keyQuestions) keyQuestionIds[standard.caseType].add(keyQuestion.id);
  }

  return z
    .strictObject({
      cases: z.array(ratingsCaseSchema),
      qualitative: z.record(z.string(), ratingSchema).default({}),
    })
    .superRefine((input, ctx) => {
      const firstIndexById = new Map<string, number>();
      input.cases.forEach((ratingsCase, index) => {
        const first = firstIndexById.get(ratingsCase.id);
        if (first === undefined) firstIndexById.set(ratingsCase.id, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['cases', index, 'id'],
            message: `duplicates cases[${first}]`,
          });
        for (const keyQuestionId of Object.keys(ratingsCase.judgements)) {
          if (!keyQuestionIds[ratingsCase.type].has(keyQuestionId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['cases', index, 'judgements', keyQuestionId],
              message: `not a key question judged on ${ratingsCase.type} cases`,
            });
          }
        }
      });
      for (const standardId of Object.keys(input.qualitative)) {
        if (!qualitativeIds.has(standardId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['qualitative', standardId],
            message: 'not a qualitative standard',
          });
        }
      }
    });
}

export const ratingsInputSchema = ratingsInputSchemaFor(RATED_STANDARDS_2020);

export type RatingsInput = z.output<typeof ratingsInputSchema>;
export type RatingsCase = RatingsInput['cases'][number];
