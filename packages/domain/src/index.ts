// @yji/domain — every inspection rule, once. Pure functions over data; no I/O.
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
export * from './inspection/sample-settings.ts';
export * from './inspection/phase-gates.ts';
export * from './inspection/team-change.ts';
