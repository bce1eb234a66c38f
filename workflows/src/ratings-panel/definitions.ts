// The messages the ratings panel workflow answers; shared by the workflow and its clients.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  ApproveRatings,
  approveRatings,
  DecideStandard,
  RatingsPanelState,
  recordDecision,
} from '@yji/contracts';
import type { z } from 'zod';

export const RATINGS_PANEL_WORKFLOW = 'RatingsPanelWorkflow';

/** One panel per inspection: a second start for the same inspection is refused by Temporal. */
export const ratingsPanelWorkflowId = (inspectionId: string) => `ratings-panel-${inspectionId}`;

export const ratingsPanelStateQuery = defineQuery<RatingsPanelState>('ratingsPanelState');

/** A panel decision on one standard; after an approval it is a correction that waits for the chair. */
export const decideStandardUpdate = defineUpdate<z.output<typeof recordDecision.reply>, [DecideStandard]>(
  'decideStandard',
);

/** The chair approves the whole set (four eyes: never the proposer, never a correction's author). */
export const approveRatingsUpdate = defineUpdate<z.output<typeof approveRatings.reply>, [ApproveRatings]>(
  'approveRatings',
);

/** The inspection moves on to publication: no correction any more. */
export const closePanelSignal = defineSignal('closePanel');

/** Sent to the parent inspection workflow on each approval, with the approved set's id. */
export const ratingsApprovedSignal = defineSignal<[{ setId: string }]>('ratingsApproved');
