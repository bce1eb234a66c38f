// The ratings input at the edge: case judgements per key question and the qualitative ratings.
import { z } from 'zod';
import { ratingSchema } from './rating.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import type { CaseType, RatedStandard } from './rated-standards.ts';
import { resettlementCustodyMinimum, resettlementInScope } from './resettlement-scope.ts';

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

  const custodyGated = new Set(
    standards.flatMap((standard) =>
      standard.kind === 'qualitative' && standard.counts === 'with-custody-cases' ? [standard.id] : [],
    ),
  );

  return z
    .strictObject({
      cases: z.array(ratingsCaseSchema),
      qualitative: z.record(z.string(), ratingSchema).default({}),
      // 004 ¶3.15: the custody cases in the inspection's sample; resettlement (2.5) is rated only with at least
      // five. Absent: none, so 2.5 is not rated (a list already scoped by standardsInScope needs none).
      custodyCases: z.int().min(0).optional(),
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
        } else if (custodyGated.has(standardId) && !resettlementInScope(input.custodyCases ?? 0)) {
          // A rating the computation would leave out is refused, never silently dropped.
          ctx.addIssue({
            code: 'custom',
            path: ['qualitative', standardId],
            message: `rated only with at least ${resettlementCustodyMinimum('standards-2020')} custody cases (004 ¶3.15); custodyCases is ${input.custodyCases ?? 'not given'}`,
          });
        }
      }
    });
}

export const ratingsInputSchema = ratingsInputSchemaFor(RATED_STANDARDS_2020);

export type RatingsInput = z.output<typeof ratingsInputSchema>;
export type RatingsCase = RatingsInput['cases'][number];
