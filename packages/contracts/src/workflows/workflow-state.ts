// What every inspection workflow's state shows first: which inspection it runs for and the phase it is in.
import { z } from 'zod';

/** A workflow's state: its inspection and phase, plus what that workflow adds. */
export const workflowState = <Phase extends z.ZodEnum, Shape extends z.ZodRawShape>(
  phase: Phase,
  shape: Shape,
) => z.object({ inspectionId: z.uuid(), phase, ...shape });

/**
 * What a workflow that ends an inspection's case data shows of it (after publication; for an inspection with
 * no report, after its quality assurance): until when the data is kept, then when the last service purged it.
 */
export const retentionShown = {
  retainUntil: z.iso.datetime().optional(),
  purgedAt: z.iso.datetime().optional(),
};
