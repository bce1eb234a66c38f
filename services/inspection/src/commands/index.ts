// Every command the inspection service answers, each declared with its handler in its own module.
export { activateLongListHandler } from './activate-long-list.ts';
export { checkExclusionHandler } from './check-exclusion.ts';
export { confirmSampleHandler } from './confirm-sample.ts';
export { drawSampleHandler } from './draw-sample.ts';
export { excludeCaseHandler } from './exclude-case.ts';
export { getCaseFactsHandler } from './get-case-facts.ts';
export { planAssignmentsHandler } from './plan-assignments.ts';
export { recordInspectionHandler } from './record-inspection.ts';
export { reassignCaseHandler } from './reassign-case.ts';
export { purgeInspectionCasesHandler } from './purge-inspection.ts';
