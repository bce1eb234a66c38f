// The workflow bundle's entry point: every workflow the worker runs.
export { InspectionWorkflow } from './inspection/workflow.ts';
export { CaseAssessmentWorkflow } from './case-assessment/workflow.ts';
export { RatingsPanelWorkflow } from './ratings-panel/workflow.ts';
export { AlertAcknowledgementWorkflow } from './safeguarding-alert/workflow.ts';
export { ReviewDeadlineWorkflow } from './review-deadline/workflow.ts';
export { PublicationWorkflow } from './publication/workflow.ts';
