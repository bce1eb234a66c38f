// The closed lists the assessment contracts share with the domain's rules (packages/domain): disposal types,
// the case manager's classifications, the inspection's country and 2016 programme. contracts.test.ts checks
// them against the domain's, so the two never drift.
import { z } from 'zod';

/** packages/domain DISPOSAL_TYPES: court types, then out-of-court types. */
export const DISPOSAL_TYPE_VALUES = [
  'referral_order',
  'youth_rehabilitation_order',
  'custodial_sentence',
  'other_court',
  'community_resolution',
  'youth_restorative_disposal',
  'youth_caution',
  'youth_conditional_caution',
  'other_oocd',
] as const;

/** The four levels (001 A 2.5), for the inspector's own classification. */
export const ClassificationLevel = z.enum(['low', 'medium', 'high', 'very_high']);

/** The case manager's classification as the case record holds it: a level, or not recorded (001 A 2.5). */
export const RecordedClassification = z.enum(['low', 'medium', 'high', 'very_high', 'not_recorded']);

/** 002 3b: the country of the inspected YJS; Wales brings the Welsh-language questions. */
export const Country = z.enum(['england', 'wales']);

/** 002: a 2016 inspection's programme and the modules an FJI includes (002 14). */
export const Programme2016 = z.strictObject({
  name: z.enum(['fji', 'sqs']),
  modules: z
    .array(z.enum(['courts', 'interventions']))
    .max(2)
    .optional(),
});

/** A question code of a framework version, as printed without spaces ('A1.2a', 'P2S', '1.13.1.2'). */
export const QuestionCode = z
  .string()
  .regex(/^\S{1,40}$/, 'a question code: no spaces, at most 40 characters');
