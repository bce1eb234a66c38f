// One RatingsPanelWorkflow per inspection, a child of its inspection workflow once the inspection is ready
// for the panel: ratings panel → ratings approved (→ correction → ratings approved …) until publication
// closes it. The panel's decisions and the chair's approval are Updates whose validators hold the four-eyes
// rule before anything is recorded; the ratings service holds it again when it records.
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  Actor,
  ApproveRatings,
  DecideStandard,
  RatingsPanelInput,
  RatingsPanelState,
} from '@yji/contracts';
import { fourEyesRefusal } from '@yji/domain/panel-decisions';
import { serialHandlers } from '../serial-handlers.ts';
import type { RatingsPanelActivities } from './activities.ts';
import {
  approveRatingsUpdate,
  closePanelSignal,
  decideStandardUpdate,
  ratingsApprovedSignal,
  ratingsPanelStateQuery,
} from './definitions.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import { proxyHandlerActivities } from '../handler-activities.ts';

/** The panel's own path (opened) and the chair's approval, however long the service takes. */
const activities = proxyActivities<RatingsPanelActivities>(COMMAND_ACTIVITY_OPTIONS);
/**
 * Its decisions: bounded, one whose service keeps failing refused, not held (handler-activities.ts). Not the
 * approval: a set stored by an attempt whose answer was lost would be known again only by its id, chosen here
 * once (below); a chair's retry, another Update, would choose another and be refused for ever.
 */
const decisionActivities = proxyHandlerActivities<Pick<RatingsPanelActivities, 'recordDecision'>>();

const PANEL_ROLES = ['panel-chair', 'lead-inspector', 'inspector'] as const;

/** The patch under which a closed panel ends only once every decision under way has been answered. */
const CLOSES_AFTER_ITS_DECISIONS_PATCH = 'panel-closes-after-its-decisions';

function requireRole(actor: Actor, roles: readonly Actor['roles'][number][], what: string) {
  if (!actor.roles.some((role) => roles.includes(role)))
    throw new Error(`${what} needs ${roles.join(' or ')}`);
}

export async function RatingsPanelWorkflow(input: RatingsPanelInput): Promise<void> {
  const state: RatingsPanelState = {
    inspectionId: input.inspectionId,
    phase: 'ratings-panel',
    opened: false,
    correctionsBy: [],
    approvals: [],
  };
  let closed = false;

  const requireOpen = () => {
    if (closed) throw new Error('the ratings panel is closed: the inspection is in publication');
  };
  // A decision that arrives while the panel is still opening waits for it rather than being refused.
  const opened = () => condition(() => state.opened);
  const validateDecision = ({ actor }: DecideStandard) => {
    requireOpen();
    requireRole(actor, PANEL_ROLES, 'a panel decision');
  };
  const validateApproval = ({ actor }: ApproveRatings) => {
    requireOpen();
    requireRole(actor, ['panel-chair'], 'approving the ratings');
    if (state.phase === 'ratings-approved')
      throw new Error('the ratings are approved; record a correction before approving again');
    // The proposers are the service's to know; it checks them as it stores the set.
    const refusal = fourEyesRefusal(
      { leadInspectorId: input.leadInspectorId, proposers: [], correctionAuthors: state.correctionsBy },
      actor.userId,
    );
    if (refusal) throw new Error(refusal);
  };

  setHandler(ratingsPanelStateQuery, () => state);
  setHandler(closePanelSignal, () => {
    closed = true;
  });
  const { onUpdate } = serialHandlers();

  onUpdate(decideStandardUpdate, validateDecision, async ({ actor, decision, version }) => {
    await opened();
    const correction = state.phase !== 'ratings-panel';
    const recorded = await decisionActivities.recordDecision({
      inspectionId: input.inspectionId,
      actor,
      decision,
      version,
      correction,
    });
    if (correction) {
      state.phase = 'correction';
      if (!state.correctionsBy.includes(actor.userId)) state.correctionsBy.push(actor.userId);
    }
    return recorded;
  });

  onUpdate(approveRatingsUpdate, validateApproval, async ({ actor, basis }) => {
    await opened();
    // Chosen here, so a retried activity stores the set once.
    const setId = uuid4();
    // The set the chair saw, when named: the command approves that set or none.
    const approved = await activities.approveRatings({
      inspectionId: input.inspectionId,
      actor,
      setId,
      ...(basis === undefined ? {} : { basis }),
    });
    state.approvals.push({ setId: approved.setId, approvedBy: actor.userId });
    state.correctionsBy = [];
    state.phase = 'ratings-approved';
    const parent = workflowInfo().parent;
    // The first approval moves the inspection on, and its workflow then ends: a corrected set's approval
    // finds nobody to tell (nor does any, once the inspection's run has been ended by an operator), and is
    // approved all the same: the set is stored.
    if (parent)
      await getExternalWorkflowHandle(parent.workflowId)
        .signal(ratingsApprovedSignal, { setId: approved.setId })
        .catch(() => undefined);
    return approved;
  });

  await activities.openPanel(input);
  state.opened = true;
  await condition(() => closed);
  // A decision or an approval under way when publication closed the panel lands, and is answered, first.
  if (patched(CLOSES_AFTER_ITS_DECISIONS_PATCH)) await condition(allHandlersFinished);
}
