// What the ratings panel workflow asks of the ratings service over NATS. Each is idempotent: an activity may
// run more than once.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { ApproveRatings, DecideStandard, RatingsPanelInput } from '../workflows/ratings-panel.ts';

/** The panel workflow's input, sent on to the ratings service when the panel opens. */
export const openPanel = defineCommand({
  subject: 'yji.ratings.cmd.open-panel',
  request: RatingsPanelInput,
  reply: z.object({ opened: z.boolean(), resettlementInScope: z.boolean() }),
});

/** A panel decision on one standard; `correction` after approval, which the chair must approve again. */
export const recordDecision = defineCommand({
  subject: 'yji.ratings.cmd.record-decision',
  // The panel's Update to the workflow, sent on for its inspection.
  request: onInspection({ ...DecideStandard.shape, correction: z.boolean() }),
  reply: z.object({ standardId: z.string(), version: z.int() }),
});

/** The chair approves the whole set; `setId` (chosen by the workflow) makes a repeat store it once. */
export const approveRatings = defineCommand({
  subject: 'yji.ratings.cmd.approve-ratings',
  request: onInspection({ ...ApproveRatings.shape, setId: z.uuid() }),
  reply: z.object({ setId: z.uuid(), supersedes: z.uuid().nullable(), overall: z.string(), score: z.int() }),
});
