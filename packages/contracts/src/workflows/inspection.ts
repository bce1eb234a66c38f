// What the inspection workflow takes and shows. Ids and codes only: never personal data (histories are
// stored by Temporal and must hold nothing about a child).
import { z } from 'zod';
import { recordInspection } from '../inspection/commands.ts';

export const InspectionWorkflowInput = recordInspection.request;
export type InspectionWorkflowInput = z.infer<typeof InspectionWorkflowInput>;

export const InspectionPhase = z.enum([
  'set-up',
  'sampling',
  'fieldwork',
  'quality-assurance',
  'ratings-panel',
  'publication',
  'published',
]);
export type InspectionPhase = z.infer<typeof InspectionPhase>;

export const InspectionWorkflowState = z.object({
  inspectionId: z.uuid(),
  phase: InspectionPhase,
  /** Whether the inspection service has stored the inspection. */
  recorded: z.boolean(),
});
export type InspectionWorkflowState = z.infer<typeof InspectionWorkflowState>;
