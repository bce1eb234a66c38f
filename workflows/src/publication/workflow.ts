// One PublicationWorkflow per inspection, started by the publication service when the panel's chair first
// approves the final ratings (issue 11): drafting → factual-check → revising → scheduled → published, then,
// the deployment's retention period later, the inspection's case-level personal data purged. The
// lead inspector's decisions are Updates whose validators hold the phase and the role; the factual accuracy
// check's deadline and the publication time are durable timers, the latter moved by a later Update (the
// updatable-timer pattern). It carries ids, versions and times only; the report's text stays in the
// publication service.
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type {
  Actor,
  PublicationInput,
  PublicationState,
  SchedulePublication,
  SendForFactualCheck,
} from '@yji/contracts';
import { closePanelSignal, ratingsPanelWorkflowId } from '../ratings-panel/definitions.ts';
import { serialHandlers } from '../serial-handlers.ts';
import type { PublicationActivities } from './activities.ts';
import {
  publicationStateQuery,
  schedulePublicationUpdate,
  sendForFactualCheckUpdate,
} from './definitions.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import { proxyHandlerActivities } from '../handler-activities.ts';
import { purgeAfterRetention } from '../retention/purge-after-retention.ts';
import { until } from '../timer-until.ts';

/** The publication's own path: the check closed, the report published, however long the service takes. */
const activities = proxyActivities<PublicationActivities>(COMMAND_ACTIVITY_OPTIONS);
/** The lead's decisions: bounded, one whose service keeps failing refused, not held (handler-activities.ts). */
const decisionActivities =
  proxyHandlerActivities<Pick<PublicationActivities, 'openFactualCheck' | 'schedulePublication'>>();

function requireLead(actor: Actor, what: string) {
  if (!actor.roles.includes('lead-inspector')) throw new Error(`${what} needs lead-inspector`);
}

export async function PublicationWorkflow(input: PublicationInput): Promise<void> {
  const state: PublicationState = {
    inspectionId: input.inspectionId,
    phase: 'drafting',
    factualCheckDeadline: null,
    publishAt: null,
  };
  setHandler(publicationStateQuery, () => state);
  const { onUpdate } = serialHandlers();

  const validateSending = ({ actor }: SendForFactualCheck) => {
    requireLead(actor, 'sending the draft for the factual accuracy check');
    if (state.phase !== 'drafting')
      throw new Error('the draft has been sent for the factual accuracy check already');
  };
  onUpdate(sendForFactualCheckUpdate, validateSending, async ({ actor, draftVersion, deadline }) => {
    const opened = await decisionActivities.openFactualCheck({
      inspectionId: input.inspectionId,
      actor,
      draftVersion,
      deadline,
    });
    state.phase = 'factual-check';
    state.factualCheckDeadline = opened.deadline;
    return opened;
  });

  const validateScheduling = ({ actor }: SchedulePublication) => {
    requireLead(actor, 'scheduling the publication');
    if (state.phase === 'drafting' || state.phase === 'factual-check')
      throw new Error('the report is published only after its factual accuracy check');
    if (state.phase === 'publishing' || state.phase === 'published')
      throw new Error('the report is published; its time no longer moves');
  };
  onUpdate(schedulePublicationUpdate, validateScheduling, async (decision) => {
    const scheduled = await decisionActivities.schedulePublication({
      inspectionId: input.inspectionId,
      ...decision,
    });
    state.phase = 'scheduled';
    state.publishAt = scheduled.publishAt;
    return scheduled;
  });

  await condition(() => state.factualCheckDeadline !== null);
  // A durable timer: the check closes at its deadline whatever restarts in between.
  await sleep(until(state.factualCheckDeadline!));
  await activities.closeFactualCheck({ inspectionId: input.inspectionId });
  state.phase = 'revising';

  await condition(() => state.publishAt !== null);
  // The publication time may move until it comes: wait for it, or for a new time, whichever comes first.
  for (;;) {
    const publishAt = state.publishAt!;
    const moved = await condition(() => state.publishAt !== publishAt, until(publishAt));
    if (moved) continue;
    // A move under way when the time came finishes first, and may have set another time.
    await condition(allHandlersFinished);
    if (state.publishAt === publishAt) break;
  }
  state.phase = 'publishing';
  const published = await activities.publishReport({ inspectionId: input.inspectionId });
  state.phase = 'published';
  // A published report's ratings no longer change: the panel stops taking corrections. An inspection whose
  // panel has ended, or never ran as a workflow, has nothing to close.
  await getExternalWorkflowHandle(ratingsPanelWorkflowId(input.inspectionId))
    .signal(closePanelSignal)
    .catch(() => undefined);

  // Runs published before the purge existed end here (their histories record no more).
  if (patched('retention-purge')) await purgeAfterRetention(input.inspectionId, published.publishedAt, state);
}
