// The ratings panel workflow on the real Temporal server, with stand-in activities: the Updates' validators
// hold the phase and four eyes (the lead inspector never approves; whoever recorded a correction does not
// approve it), refused Updates never reach an activity, a correction reopens the set for another approval,
// and the recorded history replays.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Actor, RatingsPanelInput } from '@yji/contracts';
import type { RatingsPanelActivities } from './activities.ts';
import {
  RATINGS_PANEL_WORKFLOW,
  approveRatingsUpdate,
  closePanelSignal,
  decideStandardUpdate,
  ratingsPanelStateQuery,
  ratingsPanelWorkflowId,
} from './definitions.ts';

const actor = (userId: string, ...roles: Actor['roles']): Actor => ({ userId, roles, requestId: 'test' });
const lead = actor('lead-1', 'lead-inspector', 'panel-chair');
const chair = actor('chair-1', 'panel-chair');
const secondChair = actor('chair-2', 'panel-chair');
const qa = actor('qa-1', 'qa-reviewer');
const move = { standardId: '1.2', decision: 'down' as const, to: 'Good' as const, rationale: 'survey' };

describe('RatingsPanelWorkflow', () => {
  const calls: { activity: keyof RatingsPanelActivities; request: object }[] = [];
  const activities: RatingsPanelActivities = {
    openPanel: async (request) => {
      calls.push({ activity: 'openPanel', request });
      return { opened: true, resettlementInScope: false };
    },
    recordDecision: async (request) => {
      calls.push({ activity: 'recordDecision', request });
      return { standardId: request.decision.standardId, version: request.version + 1 };
    },
    approveRatings: async (request) => {
      calls.push({ activity: 'approveRatings', request });
      return { setId: request.setId, supersedes: null, overall: 'Good', score: 24 };
    },
  };
  const workflowsPath = fileURLToPath(new URL('../workflows.ts', import.meta.url));
  const taskQueue = `yji-ratings-panel-test-${randomUUID()}`;
  let worker: Worker;
  let running: Promise<void>;
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    const address = inject('temporalAddress');
    const namespace = inject('temporalNamespace');
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address }),
      namespace,
      taskQueue,
      workflowsPath,
      activities,
    });
    running = worker.run();
    connection = await Connection.connect({ address });
    client = new Client({ connection, namespace });
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await connection?.close();
  });

  async function panel() {
    const inspectionId = randomUUID();
    const input: RatingsPanelInput = {
      inspectionId,
      leadInspectorId: lead.userId,
      custodyCases: 0,
      frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    };
    const handle = await client.workflow.start(RATINGS_PANEL_WORKFLOW, {
      workflowId: ratingsPanelWorkflowId(inspectionId),
      taskQueue,
      args: [input],
    });
    for (;;) {
      if ((await handle.query(ratingsPanelStateQuery)).opened) return handle;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const refusal = (update: Promise<unknown>) =>
    update.then(
      () => {
        throw new Error('the update was accepted');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        return (error as Error & { cause: Error }).cause.message;
      },
    );

  it('refuses the lead inspector and a non-chair, approves for the chair, and only once', async () => {
    const handle = await panel();
    const approve = (by: Actor) => handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: by }] });
    expect(await refusal(approve(lead))).toBe(
      'the lead inspector proposed the ratings and cannot approve them',
    );
    expect(await refusal(approve(qa))).toBe('approving the ratings needs panel-chair');
    expect(calls.filter(({ activity }) => activity === 'approveRatings')).toHaveLength(0);

    const approved = await approve(chair);
    expect(calls.at(-1)).toMatchObject({
      activity: 'approveRatings',
      request: { actor: chair, setId: approved.setId },
    });
    expect(await refusal(approve(secondChair))).toBe(
      'the ratings are approved; record a correction before approving again',
    );
    expect(await handle.query(ratingsPanelStateQuery)).toMatchObject({
      phase: 'ratings-approved',
      approvals: [{ setId: approved.setId, approvedBy: 'chair-1' }],
    });
    await handle.signal(closePanelSignal);
    await handle.result();
  });

  it('takes a correction after approval, which its author may not approve, and replays its history', async () => {
    const handle = await panel();
    const decide = (by: Actor) =>
      handle.executeUpdate(decideStandardUpdate, { args: [{ actor: by, decision: move, version: 0 }] });
    expect(await refusal(decide(qa))).toBe(
      'a panel decision needs panel-chair or lead-inspector or inspector',
    );
    expect(await decide(chair)).toEqual({ standardId: '1.2', version: 1 });
    expect(calls.at(-1)?.request).toMatchObject({ correction: false });
    const first = await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] });

    await decide(chair);
    expect(calls.at(-1)?.request).toMatchObject({ correction: true });
    expect(await handle.query(ratingsPanelStateQuery)).toMatchObject({
      phase: 'correction',
      correctionsBy: ['chair-1'],
    });
    expect(await refusal(handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] }))).toBe(
      'nobody approves their own correction: another chair must approve it',
    );
    const second = await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: secondChair }] });
    expect(second.setId).not.toBe(first.setId);

    await handle.signal(closePanelSignal);
    await handle.result();
    await Worker.runReplayHistory({ workflowsPath }, await handle.fetchHistory(), handle.workflowId);
  });
});
