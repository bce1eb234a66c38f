// What the publication workflow takes and shows. Ids and phases only: the report's text stays in the
// publication service.
import { z } from 'zod';

export const PublicationInput = z.strictObject({ inspectionId: z.uuid() });
export type PublicationInput = z.infer<typeof PublicationInput>;

export const PublicationPhase = z.enum(['drafting']);
export type PublicationPhase = z.infer<typeof PublicationPhase>;

export const PublicationState = z.object({ inspectionId: z.uuid(), phase: PublicationPhase });
export type PublicationState = z.infer<typeof PublicationState>;
