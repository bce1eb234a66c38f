// One row of the long list the YJS submits (004 ¶3.32). Messages name the column and the allowed values
// only, never the value given: the rows are about children (docs/domain.md §7).
import { z } from 'zod';
import { CLASSIFICATION_LEVELS, NOT_RECORDED } from '../frameworks/scale-schema.ts';
import { DISPOSAL_TYPES } from './disposal-types.ts';
import type { DisposalType } from './disposal-types.ts';
import { isIsoDate } from './calendar-date.ts';
import { ONE_LINE_TEXT } from '../text/typed-text.ts';
import { CASE_REFERENCE, CASE_REFERENCE_RULE } from './case-reference.ts';

// Decision: the case sample specification is not in the seeds (docs/domain.md §4); these are the columns we ask for.
export const LONG_LIST_COLUMNS = [
  'case_id',
  'disposal_type',
  'disposal_start',
  'case_manager',
  'gender',
  'ethnicity',
  'safety_wellbeing',
  'risk_of_serious_harm',
] as const;

export type LongListColumn = (typeof LONG_LIST_COLUMNS)[number];

// docs/domain.md §2: classifications "according to the case manager" use the frameworks' four levels, or
// not_recorded where the case record has none (001 A 2.5: "every case should have a classification", so a
// missing one is a finding, and the case is still listed). For the balance it is one more level.
export { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../frameworks/scale-schema.ts';
export const RECORDED_CLASSIFICATIONS = [...CLASSIFICATION_LEVELS, NOT_RECORDED] as const;
export type RecordedClassification = (typeof RECORDED_CLASSIFICATIONS)[number];

function text(column: LongListColumn) {
  return z.string({ error: `${column} is missing` });
}

function oneOf<const Values extends readonly [string, ...string[]]>(column: LongListColumn, values: Values) {
  return z.enum(values, { error: `${column} must be one of: ${values.join(', ')}` });
}

/** The disposal_type column, closed to the given types (the inspection's frameworks' own, or all). */
export function disposalTypeColumn(types: readonly [DisposalType, ...DisposalType[]] = DISPOSAL_TYPES) {
  return oneOf('disposal_type', types);
}

/**
 * The most characters (UTF-16 code units) a case_manager, gender or ethnicity cell may hold. The case's facts
 * carry these cells to its fieldwork task (contracts CaseFacts), whose limits are this one: a value the long
 * list takes must never be one a later step refuses.
 */
export const LONG_LIST_CATEGORY_MAX = 64;

// Decision: gender and ethnicity are taken as the YJS records them (free categories, "not recorded" allowed
// as a value); the sample only balances on them. A cell of nothing but spaces of any kind (a no-break space,
// which the CSV reader does not trim) is empty: free text is trimmed wherever it travels on.
function category(column: LongListColumn) {
  return text(column)
    .max(LONG_LIST_CATEGORY_MAX, { error: `${column} is longer than ${LONG_LIST_CATEGORY_MAX} characters` })
    .regex(ONE_LINE_TEXT, { error: `${column} holds a control character or an unusual Unicode character` })
    .refine((value) => value.trim() !== '', { error: `${column} is empty` });
}

export const longListRowSchema = z.object({
  case_id: text('case_id').regex(CASE_REFERENCE, {
    error: `case_id must be ${CASE_REFERENCE_RULE}`,
  }),
  disposal_type: disposalTypeColumn(),
  disposal_start: text('disposal_start').refine(isIsoDate, {
    error: 'disposal_start must be a calendar date written YYYY-MM-DD',
  }),
  case_manager: category('case_manager'),
  gender: category('gender'),
  ethnicity: category('ethnicity'),
  safety_wellbeing: oneOf('safety_wellbeing', RECORDED_CLASSIFICATIONS),
  risk_of_serious_harm: oneOf('risk_of_serious_harm', RECORDED_CLASSIFICATIONS),
});

export type LongListRow = z.infer<typeof longListRowSchema>;

/** A validated long-list case, as the rest of the code names things. */
export interface LongListCase {
  caseId: string;
  disposalType: DisposalType;
  disposalStart: string;
  caseManager: string;
  gender: string;
  ethnicity: string;
  safetyWellbeing: RecordedClassification;
  riskOfSeriousHarm: RecordedClassification;
}

/**
 * The case from checked values given in LONG_LIST_COLUMNS order. An object literal in fixed order, rather than a
 * zod transform or properties set by name, because it runs once per row of a 100,000-row list.
 */
export function longListCaseOf(values: readonly string[]): LongListCase {
  return {
    caseId: values[0] as string,
    disposalType: values[1] as DisposalType,
    disposalStart: values[2] as string,
    caseManager: values[3] as string,
    gender: values[4] as string,
    ethnicity: values[5] as string,
    safetyWellbeing: values[6] as RecordedClassification,
    riskOfSeriousHarm: values[7] as RecordedClassification,
  };
}

/** For a row validated with longListRowSchema, e.g. one received as JSON rather than CSV. */
export function toLongListCase(row: LongListRow): LongListCase {
  return longListCaseOf(LONG_LIST_COLUMNS.map((column) => row[column]));
}
