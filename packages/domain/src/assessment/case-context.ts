// What the rules inside an assessment need to know about the case, besides the answers themselves.
import { z } from 'zod';
import { classificationLevelSchema } from '../frameworks/index.ts';

export const caseContextSchema = z.strictObject({
  // e.g. 'youth_conditional_caution', 'community_resolution', 'referral_order' (000 J 2 is YCC only).
  disposalType: z.string().min(1),
  // Decision: (DOMAIN.md §3, 004 ¶3.26) the inspector's OWN classification per case drives gating, not the
  // case manager's (001 A 2.5 / A 3.4 record that one as an answer).
  inspectorClassification: z.strictObject({
    safetyWellbeing: classificationLevelSchema.optional(),
    riskOfHarm: classificationLevelSchema.optional(),
  }),
  // 003 P 2 S, P 3 S, D 2 S, D 3 S: false when the inspector finds no factors related to the concern.
  relevantFactors: z
    .strictObject({ safetyWellbeing: z.boolean().optional(), riskOfHarm: z.boolean().optional() })
    .optional(),
  // 003 I 1.1: for a care-experienced child, whether the inspected YJS is the home YJS and whether it took
  // responsibility for assessment.
  careExperience: z
    .strictObject({ inspectedYjsIsHome: z.boolean(), inspectedYjsAssessed: z.boolean() })
    .optional(),
});
export type CaseContext = z.infer<typeof caseContextSchema>;
