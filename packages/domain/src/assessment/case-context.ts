// What the rules inside an assessment need to know about the case, besides the answers themselves.
import { z } from 'zod';
import {
  classificationLevelSchema,
  countrySchema,
  programmeModuleSchema,
  programmeSchema,
} from '../frameworks/index.ts';
import { interviewFactsSchema } from './interview.ts';

export const caseContextSchema = z.strictObject({
  // One of the framework's disposal types (Framework.disposalTypes), e.g. 'youth_conditional_caution'
  // (000 J 2 is YCC only). Validation reports a type the framework does not list.
  disposalType: z.string().min(1),
  // Decision: (docs/domain.md §3, 004 ¶3.26) the inspector's OWN classification per case drives gating, not
  // the case manager's (001 A 2.5 / A 3.4 record that one as an answer).
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
  // 002 13a–13c: the interview with the case manager (View 5 depends on it).
  interview: interviewFactsSchema.optional(),
  // 002 1.14.1: whether an alert has been raised on this case (then no reminder to consider one).
  alertRaised: z.boolean().optional(),
  // The inspection the case belongs to. Decision: a country left out is England, as for every inspection
  // recorded before the country was asked; the 2016 programme and modules (002 14) have no default.
  inspection: z
    .strictObject({
      country: countrySchema.optional(),
      programme: programmeSchema.optional(),
      modules: z.array(programmeModuleSchema).optional(),
    })
    .optional(),
});
export type CaseContext = z.infer<typeof caseContextSchema>;
