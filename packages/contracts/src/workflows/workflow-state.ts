// What every inspection workflow's state shows first: which inspection it runs for and the phase it is in.
import { z } from 'zod';

/** A workflow's state: its inspection and phase, plus what that workflow adds. */
export const workflowState = <Phase extends z.ZodEnum, Shape extends z.ZodRawShape>(
  phase: Phase,
  shape: Shape,
) => z.object({ inspectionId: z.uuid(), phase, ...shape });
