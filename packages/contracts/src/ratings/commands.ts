// What the ratings panel workflow asks of the ratings service over NATS. Each is idempotent: an activity may
// run more than once.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { Actor } from '../actor.ts';
import { UserId } from '../roles.ts';
import { PanelDecision } from './http.ts';

export const PanelFrameworks = z.strictObject({
  courtDisposals: z.string().min(1).max(40),
  outOfCourt: z.string().min(1).max(40),
  standards: z.string().min(1).max(40),
});

/** The inspection is ready for its ratings panel: what the ratings service needs to know of it. */
export const openPanel = defineCommand({
  subject: 'yji.ratings.cmd.open-panel',
  request: onInspection({
    leadInspectorId: UserId,
    frameworks: PanelFrameworks,
    /** Custody cases in the confirmed sample: resettlement (2.5) is rated only with enough (004 ¶3.15). */
    custodyCases: z.int().min(0),
  }),
  reply: z.object({ opened: z.boolean(), resettlementInScope: z.boolean() }),
});

/** A panel decision on one standard; `correction` after approval, which the chair must approve again. */
export const recordDecision = defineCommand({
  subject: 'yji.ratings.cmd.record-decision',
  request: onInspection({
    actor: Actor,
    decision: PanelDecision,
    version: z.int().min(0),
    correction: z.boolean(),
  }),
  reply: z.object({ standardId: z.string(), version: z.int() }),
});

/** The chair approves the whole set; `setId` (chosen by the workflow) makes a repeat store it once. */
export const approveRatings = defineCommand({
  subject: 'yji.ratings.cmd.approve-ratings',
  request: onInspection({ actor: Actor, setId: z.uuid() }),
  reply: z.object({ setId: z.uuid(), supersedes: z.uuid().nullable(), overall: z.string(), score: z.int() }),
});
