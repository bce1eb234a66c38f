// What the publication workflow takes and shows. Ids and phases only: the report's text stays in the
// publication service.
import { z } from 'zod';
import { Actor } from '../actor.ts';

export const PublicationInput = z.strictObject({ inspectionId: z.uuid() });
export type PublicationInput = z.infer<typeof PublicationInput>;

/** drafting → factual-check (the YJS contact comments until the deadline) → revising → … */
export const PublicationPhase = z.enum(['drafting', 'factual-check', 'revising']);
export type PublicationPhase = z.infer<typeof PublicationPhase>;

export const PublicationState = z.object({
  inspectionId: z.uuid(),
  phase: PublicationPhase,
  /** The factual accuracy check's deadline, once the draft is sent. */
  factualCheckDeadline: z.iso.datetime().nullable(),
});
export type PublicationState = z.infer<typeof PublicationState>;

export const SendForFactualCheck = z.strictObject({
  actor: Actor,
  draftVersion: z.int().min(1),
  deadline: z.iso.datetime(),
});
export type SendForFactualCheck = z.infer<typeof SendForFactualCheck>;
