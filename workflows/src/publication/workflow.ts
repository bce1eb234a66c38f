// One PublicationWorkflow per inspection, started by the publication service when the panel's chair first
// approves the final ratings (issue 11): drafting → factual-check → revising. The lead inspector's sending of
// the draft is an Update whose validator holds the phase and the role; the factual accuracy check's deadline
// is a durable timer that closes the check. It carries ids, versions and times only; the report's text stays
// in the publication service.
import { condition, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { PublicationInput, PublicationState, SendForFactualCheck } from '@yji/contracts';
import { serialHandlers } from '../serial-handlers.ts';
import type { PublicationActivities } from './activities.ts';
import { publicationStateQuery, sendForFactualCheckUpdate } from './definitions.ts';

// As the other workflows': ride out a deploy of the service; a refusal fails the activity for good.
const activities = proxyActivities<PublicationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function PublicationWorkflow(input: PublicationInput): Promise<void> {
  const state: PublicationState = {
    inspectionId: input.inspectionId,
    phase: 'drafting',
    factualCheckDeadline: null,
  };
  setHandler(publicationStateQuery, () => state);
  const { onUpdate } = serialHandlers();

  const validateSending = ({ actor }: SendForFactualCheck) => {
    if (!actor.roles.includes('lead-inspector'))
      throw new Error('sending the draft for the factual accuracy check needs lead-inspector');
    if (state.phase !== 'drafting')
      throw new Error('the draft has been sent for the factual accuracy check already');
  };
  onUpdate(sendForFactualCheckUpdate, validateSending, async ({ actor, draftVersion, deadline }) => {
    const opened = await activities.openFactualCheck({
      inspectionId: input.inspectionId,
      actor,
      draftVersion,
      deadline,
    });
    state.phase = 'factual-check';
    state.factualCheckDeadline = opened.deadline;
    return opened;
  });

  await condition(() => state.factualCheckDeadline !== null);
  // A durable timer: the check closes at its deadline whatever restarts in between.
  const remainingMs = Date.parse(state.factualCheckDeadline!) - Date.now();
  if (remainingMs > 0) await sleep(remainingMs);
  await activities.closeFactualCheck({ inspectionId: input.inspectionId });
  state.phase = 'revising';
  // Scheduled publication is the next stage.
  await condition(() => false);
}
