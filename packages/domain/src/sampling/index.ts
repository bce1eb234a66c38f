// Case sampling: the long list parser, eligibility, the seeded stratified draw and replacements.
export * from './disposal-types.ts';
export * from './calendar-date.ts';
export * from './case-reference.ts';
export {
  CLASSIFICATION_LEVELS,
  LONG_LIST_CATEGORY_MAX,
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
export * from './parse-long-list.ts';
export * from './eligibility.ts';
export * from './draw-sample-options.ts';
export * from './draw-sample.ts';
export * from './sample-result.ts';
export * from './replace-excluded-case.ts';
