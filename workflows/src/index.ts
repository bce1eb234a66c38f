// What clients and the worker import (the workflow code itself is bundled from ./workflows.ts).
export * from './inspection/definitions.ts';
export * from './inspection/activities.ts';
export * from './decision-result.ts';
export * from './inspection/progress.ts';
export * from './case-assessment/definitions.ts';
export * from './case-assessment/activities.ts';
export * from './ratings-panel/definitions.ts';
export * from './ratings-panel/activities.ts';
export * from './safeguarding-alert/definitions.ts';
export * from './safeguarding-alert/activities.ts';
export * from './review-deadline/definitions.ts';
export * from './review-deadline/activities.ts';
export * from './publication/definitions.ts';
export * from './publication/activities.ts';
export type { Command } from './command-activities.ts';
export * from './search-attributes.ts';
export const workflowsPath = new URL('./workflows.ts', import.meta.url);
export {
  EncryptionCodec,
  encryptedDataConverter,
  failureConverterPath,
  parsePayloadKeys,
} from './payload-encryption.ts';
