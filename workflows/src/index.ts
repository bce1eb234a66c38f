// What clients and the worker import (the workflow code itself is bundled from ./workflows.ts).
export * from './inspection/definitions.ts';
export type { InspectionActivities } from './inspection/activities.ts';
export { decisionResult } from './inspection/decision-result.ts';
export { summariseProgress } from './inspection/progress.ts';
export * from './case-assessment/definitions.ts';
export type { CaseAssessmentActivities } from './case-assessment/activities.ts';
export * from './ratings-panel/definitions.ts';
export type { RatingsPanelActivities } from './ratings-panel/activities.ts';
export * from './safeguarding-alert/definitions.ts';
export type { AlertAcknowledgementActivities } from './safeguarding-alert/activities.ts';
export * from './review-deadline/definitions.ts';
export type { ReviewDeadlineActivities } from './review-deadline/activities.ts';
export * from './publication/definitions.ts';
export { PUBLICATION_COMMANDS, type PublicationActivities } from './publication/activities.ts';
export type { Command } from './command-activities.ts';
export { ensureSearchAttributes } from './search-attributes.ts';
export const workflowsPath = new URL('./workflows.ts', import.meta.url);
export {
  EncryptionCodec,
  encryptedDataConverter,
  failureConverterPath,
  parsePayloadKeys,
} from './payload-encryption.ts';
