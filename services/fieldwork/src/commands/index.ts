// Every command the fieldwork service answers, each declared with its handler in its own module.
export { assignTaskHandler } from './assign-task.ts';
export { assignNewTasksHandler } from './assign-new-tasks.ts';
export { createTaskHandler } from './create-task.ts';
export { createSampleTasksHandler } from './create-sample-tasks.ts';
export { lockSubmittedTaskHandler } from './lock-submitted-task.ts';
export { recordDeadlineEventHandler } from './record-deadline-event.ts';
export { withdrawTaskHandler } from './withdraw-task.ts';
export { escalateAlertHandler } from './escalate-alert.ts';
export { recordReviewDeadlineHandler } from './record-review-deadline.ts';
export { getQaFiguresHandler } from './get-qa-figures.ts';
export { heldCasesHandler } from './held-cases.ts';
export { purgeFieldworkCasesHandler } from './purge-inspection.ts';
export { getApprovedCasesHandler } from './get-approved-cases.ts';
