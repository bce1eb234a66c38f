// Case sampling: the long list parser, eligibility, the seeded stratified draw and replacements.
export {
  COURT_DISPOSAL_TYPES,
  CUSTODIAL_SENTENCE,
  DISPOSAL_TYPES,
  OOCD_DISPOSAL_TYPES,
  SIDES,
  disposalTypesOf,
  sideOf,
} from './disposal-types.ts';
export type { DisposalType, Side } from './disposal-types.ts';
export { isIsoDate, isoDateSchema, monthsBefore } from './calendar-date.ts';
export { CASE_REFERENCE, CASE_REFERENCE_RULE } from './case-reference.ts';
export {
  CLASSIFICATION_LEVELS,
  LONG_LIST_COLUMNS,
  RECORDED_CLASSIFICATIONS,
  longListRowSchema,
  toLongListCase,
} from './long-list-row-schema.ts';
export type {
  ClassificationLevel,
  LongListCase,
  LongListColumn,
  LongListRow,
  RecordedClassification,
} from './long-list-row-schema.ts';
export { parseLongList, createLongListReader } from './parse-long-list.ts';
export type {
  LongListError,
  LongListParseResult,
  LongListReader,
  ParseLongListOptions,
} from './parse-long-list.ts';
export { checkEligibility } from './eligibility.ts';
export type { Eligibility, EligibilityWindows, IneligibleCase } from './eligibility.ts';
export { DEFAULT_COURT_SHARE, drawSampleOptionsSchema } from './draw-sample-options.ts';
export type { DrawSampleOptions, DrawSampleSettings } from './draw-sample-options.ts';
export { drawSample } from './draw-sample.ts';
export { summariseSample } from './sample-result.ts';
export type { ExcludedCase, ReserveCase, SampleResult, SampleSummary, SampledCase } from './sample-result.ts';
export { replaceExcludedCase } from './replace-excluded-case.ts';
export type { Exclusion, ReplaceErrorCode, ReplaceOptions, ReplaceOutcome } from './replace-excluded-case.ts';
