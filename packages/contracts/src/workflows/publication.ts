// What the publication workflow takes and shows. Ids and phases only: the report's text stays in the
// publication service.
import { z } from 'zod';
import { withActor } from '../actor.ts';
import { UserId } from '../roles.ts';
import { retentionShown, workflowState } from './workflow-state.ts';

export const PublicationInput = z.strictObject({ inspectionId: z.uuid() });
export type PublicationInput = z.infer<typeof PublicationInput>;

/** drafting → factual-check (the YJS contact comments until the deadline) → revising → scheduled → published. */
export const PublicationPhase = z.enum([
  'drafting',
  'factual-check',
  'revising',
  'scheduled',
  'publishing',
  'published',
]);
export type PublicationPhase = z.infer<typeof PublicationPhase>;

export const PublicationState = workflowState(PublicationPhase, {
  /** The factual accuracy check's deadline, once the draft is sent. */
  factualCheckDeadline: z.iso.datetime().nullable(),
  /** When the report is to be published, once scheduled; moved by the lead inspector until then. */
  publishAt: z.iso.datetime().nullable(),
  /** Once published. */
  ...retentionShown,
});
export type PublicationState = z.infer<typeof PublicationState>;

export const SendForFactualCheck = withActor({
  draftVersion: z.int().min(1),
  deadline: z.iso.datetime(),
});
export type SendForFactualCheck = z.infer<typeof SendForFactualCheck>;

export const SchedulePublication = withActor({
  version: z.int().min(0),
  publishAt: z.iso.datetime(),
  embargo: z.array(UserId),
});
export type SchedulePublication = z.infer<typeof SchedulePublication>;
