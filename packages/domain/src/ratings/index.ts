// Ratings: key question bands, standard ratings, panel adjustments, composite score and overall rating.
export * from './rating.ts';
export * from './rating-bands.ts';
export * from './rated-standards.ts';
export * from './rated-standards-for.ts';
export * from './rating-rules.ts';
export * from './overall-thresholds.ts';
export * from './ratings-input-schema.ts';
export { OOCD_RULES } from './standard-rules.ts';
export type { OocdRule } from './standard-rules.ts';
export * from './compute-ratings.ts';
export * from './ratings-result.ts';
export * from './panel-adjustments.ts';
export * from './panel-decisions.ts';
export * from './resettlement-scope.ts';
export * from './rules-version.ts';
export * from './case-judgements.ts';
export * from './report-headings.ts';
export * from './published-rationale.ts';
