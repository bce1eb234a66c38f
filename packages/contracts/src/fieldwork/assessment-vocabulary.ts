// The closed lists of the assessment contracts, made from the domain's own (packages/domain): the case
// manager's classifications, the inspection's country and 2016 programme.
import {
  CLASSIFICATION_LEVELS,
  COUNTRIES,
  PROGRAMME_MODULES,
  PROGRAMMES,
  RECORDED_CLASSIFICATIONS,
} from '@yji/domain';
import { z } from 'zod';

/** The four levels (001 A 2.5), for the inspector's own classification. */
export const ClassificationLevel = z.enum(CLASSIFICATION_LEVELS);

/** The case manager's classification as the case record holds it: a level, or not recorded (001 A 2.5). */
export const RecordedClassification = z.enum(RECORDED_CLASSIFICATIONS);

/** 002 3b: the country of the inspected YJS; Wales brings the Welsh-language questions. */
export const Country = z.enum(COUNTRIES);

/** 002: a 2016 inspection's programme and the modules an FJI includes (002 14). */
export const Programme2016 = z.strictObject({
  name: z.enum(PROGRAMMES),
  modules: z.array(z.enum(PROGRAMME_MODULES)).max(2).optional(),
});

/** A question code of a framework version, as printed without spaces ('A1.2a', 'P2S', '1.13.1.2'). */
export const QuestionCode = z
  .string()
  .regex(/^\S{1,40}$/, 'a question code: no spaces, at most 40 characters');
