// @yji/domain — every inspection rule, once. Pure functions over data; no I/O.
// Each folder's index re-exports its modules whole, and lists names only from a module whose other exports
// are helpers kept inside the folder.
export * from './frameworks/index.ts';
export * from './assessment/index.ts';
export * from './ratings/index.ts';
export * from './sampling/index.ts';
export * from './safeguarding/alert.ts';
export * from './evidence/qualitative-evidence.ts';
export * from './inspection/framework-selection.ts';
export * from './inspection/case-framework.ts';
export * from './inspection/assignment-plan.ts';
export * from './ratings/band-distance/index.ts';
export * from './qa/index.ts';
export * from './safeguarding/index.ts';
export * from './inspection/schedule.ts';
export * from './inspection/task-deadline.ts';
export * from './inspection/date-order.ts';
export * from './inspection/sample-settings.ts';
export * from './inspection/phase-gates.ts';
export * from './inspection/team-change.ts';
export * from './publication/report-findings.ts';
export * from './publication/factual-accuracy.ts';
export * from './publication/public-case-judgements.ts';
export * from './publication/embargo.ts';
export * from './publication/accepted-comments.ts';
export * from './retention/index.ts';
export * from './time/uk-time.ts';
export * from './time/working-days.ts';
