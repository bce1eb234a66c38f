// What the ratings panel workflow takes and shows, and its Updates' payloads. Ids, codes and ratings; a
// rationale travels in an Update (encrypted, like every payload) and is stored by the ratings service.
import { z } from 'zod';
import { withActor } from '../actor.ts';
import { onInspection } from '../command.ts';
import { ApprovalBasis, PanelDecision } from '../ratings/http.ts';
import { UserId } from '../roles.ts';
import { workflowState } from './workflow-state.ts';

export const PanelFrameworks = z.strictObject({
  courtDisposals: z.string().min(1).max(40),
  outOfCourt: z.string().min(1).max(40),
  standards: z.string().min(1).max(40),
});

/** The inspection is ready for its ratings panel: what the workflow, and the ratings service, need to know of it. */
export const RatingsPanelInput = onInspection({
  leadInspectorId: UserId,
  frameworks: PanelFrameworks,
  /** Custody cases in the confirmed sample: resettlement (2.5) is rated only with enough (004 ¶3.15). */
  custodyCases: z.int().min(0),
});
export type RatingsPanelInput = z.infer<typeof RatingsPanelInput>;

export const RatingsPanelPhase = z.enum(['ratings-panel', 'ratings-approved', 'correction']);
export type RatingsPanelPhase = z.infer<typeof RatingsPanelPhase>;

export const RatingsPanelState = workflowState(RatingsPanelPhase, {
  opened: z.boolean(),
  /** Who recorded each correction waiting for the chair: none of them may approve it. */
  correctionsBy: z.array(UserId),
  approvals: z.array(z.object({ setId: z.uuid(), approvedBy: UserId })),
});
export type RatingsPanelState = z.infer<typeof RatingsPanelState>;

export const DecideStandard = withActor({
  decision: PanelDecision,
  version: z.int().min(0),
});
export type DecideStandard = z.infer<typeof DecideStandard>;

/**
 * What the chair approves: the ratings as the pack showed them (its `approvalBasis`), so a set that changed
 * since (a proposal, a setting, a case reopened or approved again) is refused rather than approved unseen.
 * Without it, the set as it stands is approved.
 */
export const ApproveRatings = withActor({ basis: ApprovalBasis.optional() });
export type ApproveRatings = z.infer<typeof ApproveRatings>;
