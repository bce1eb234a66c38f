// The activities the ratings panel workflow calls; the worker implements each by sending one command to the
// ratings service over NATS.
import type { approveRatings, openPanel, recordDecision } from '@yji/contracts';
import type { z } from 'zod';

type Command<C extends { request: z.ZodType; reply: z.ZodType }> = (
  request: z.input<C['request']>,
) => Promise<z.output<C['reply']>>;

export interface RatingsPanelActivities {
  openPanel: Command<typeof openPanel>;
  recordDecision: Command<typeof recordDecision>;
  approveRatings: Command<typeof approveRatings>;
}
