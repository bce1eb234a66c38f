// The ratings panel workflow on the real Temporal server, with stand-in activities: the Updates' validators
// hold the phase and four eyes (the lead inspector never approves; whoever recorded a correction does not
// approve it), refused Updates never reach an activity, a correction reopens the set for another approval
// (approved after the inspection that started the panel has ended, too), and the recorded history replays.
import { describe, expect, it } from 'vitest';
import { WorkflowUpdateStage, type WorkflowHandle } from '@temporalio/client';
import type { Actor } from '@yji/contracts';
import {
  INSPECTION_WORKFLOW,
  approveRatingsUpdate,
  inspectionStateQuery,
  closePanelSignal,
  decideStandardUpdate,
  ratingsPanelStateQuery,
  ratingsPanelWorkflowId,
} from '../src/index.ts';
import { actor, inspectionInput, readyForPanelState, startRatingsPanel } from './inspection-fixtures.ts';
import { inspectionActivityStubs, ratingsPanelActivityStubs } from './stub-activities.ts';
import { reasonOf } from './update-refusal.ts';
import { eventually, workflowTestKit, type WorkflowTestRun } from './workflow-kit.ts';
import './provided.ts';

const kit = workflowTestKit();

const lead = actor('lead-1', 'lead-inspector', 'panel-chair');
const chair = actor('chair-1', 'panel-chair');
const secondChair = actor('chair-2', 'panel-chair');
const qa = actor('qa-1', 'qa-reviewer');
const move = { standardId: '1.2', decision: 'down' as const, to: 'Good' as const, rationale: 'survey' };

describe('RatingsPanelWorkflow', () => {
  async function panel(run: WorkflowTestRun): Promise<WorkflowHandle> {
    const handle = await startRatingsPanel(run);
    await eventually(async () => ((await handle.query(ratingsPanelStateQuery)).opened ? true : null));
    return handle;
  }

  it('refuses the lead inspector and a non-chair, approves for the chair, and only once', async () => {
    const { activities, called } = ratingsPanelActivityStubs();
    await kit.run(activities, async (run) => {
      const handle = await panel(run);
      const approve = (by: Actor) => handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: by }] });
      expect(await reasonOf(approve(lead))).toBe(
        'the lead inspector proposed the ratings and cannot approve them',
      );
      expect(await reasonOf(approve(qa))).toBe('approving the ratings needs panel-chair');
      expect(called('approveRatings')).toHaveLength(0);

      const approved = await approve(chair);
      expect(called('approveRatings').map(({ args }) => args[0])).toEqual([
        { inspectionId: expect.any(String), actor: chair, setId: approved.setId },
      ]);
      expect(await reasonOf(approve(secondChair))).toBe(
        'the ratings are approved; record a correction before approving again',
      );
      expect(await handle.query(ratingsPanelStateQuery)).toMatchObject({
        phase: 'ratings-approved',
        approvals: [{ setId: approved.setId, approvedBy: 'chair-1' }],
      });
      await handle.signal(closePanelSignal);
      await handle.result();
    });
  });

  it('takes a correction after approval, which its author may not approve, and replays its history', async () => {
    const { activities, called } = ratingsPanelActivityStubs();
    await kit.run(activities, async (run) => {
      const handle = await panel(run);
      const decide = (by: Actor) =>
        handle.executeUpdate(decideStandardUpdate, { args: [{ actor: by, decision: move, version: 0 }] });
      expect(await reasonOf(decide(qa))).toBe(
        'a panel decision needs panel-chair or lead-inspector or inspector',
      );
      expect(await decide(chair)).toEqual({ standardId: '1.2', version: 1 });
      expect(called('recordDecision').at(-1)?.args[0]).toMatchObject({ correction: false });
      const first = await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] });

      await decide(chair);
      expect(called('recordDecision').at(-1)?.args[0]).toMatchObject({ correction: true });
      expect(await handle.query(ratingsPanelStateQuery)).toMatchObject({
        phase: 'correction',
        correctionsBy: ['chair-1'],
      });
      expect(await reasonOf(handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] }))).toBe(
        'nobody approves their own correction: another chair must approve it',
      );
      const second = await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: secondChair }] });
      expect(second.setId).not.toBe(first.setId);

      await handle.signal(closePanelSignal);
      await handle.result();
      await run.replay(handle);
    });
  });
  it('is started by its inspection once ready for the panel, with the custody cases; its approval moves the inspection on', async () => {
    const panelStubs = ratingsPanelActivityStubs();
    await kit.run({ ...inspectionActivityStubs().activities, ...panelStubs.activities }, async (run) => {
      const input = inspectionInput();
      // An inspection whose quality assurance is done, as a run continued as new carries it on.
      const state = readyForPanelState(input);
      const inspection = await run.start(INSPECTION_WORKFLOW, {
        workflowId: input.inspectionId,
        args: [input, { carriedOver: { state, cases: [], reminderLeadMs: 0 } }],
      });
      const opened = await eventually(async () => panelStubs.called('openPanel')[0]);
      expect(opened.args[0]).toEqual({
        inspectionId: input.inspectionId,
        leadInspectorId: input.leadInspectorId,
        frameworks: input.frameworks,
        custodyCases: 5,
      });
      expect((await inspection.query(inspectionStateQuery)).phase).toBe('ratings-panel');

      const panel = run.client.workflow.getHandle(ratingsPanelWorkflowId(input.inspectionId));
      await panel.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] });
      await inspection.result();
      expect((await inspection.query(inspectionStateQuery)).phase).toBe('ratings-approved');
      // The panel outlives its inspection's run: corrections go on until publication closes it, and their
      // approval answers though the inspection that started the panel has ended.
      expect((await panel.describe()).status.name).toBe('RUNNING');
      await panel.executeUpdate(decideStandardUpdate, {
        args: [{ actor: chair, decision: move, version: 0 }],
      });
      const corrected = await panel.executeUpdate(approveRatingsUpdate, { args: [{ actor: secondChair }] });
      expect((await panel.query(ratingsPanelStateQuery)).approvals.map(({ setId }) => setId)).toEqual([
        expect.any(String),
        corrected.setId,
      ]);
    });
  });
  it('answers an approval under way when publication closes the panel, then ends', async () => {
    const { activities, called } = ratingsPanelActivityStubs({ approveRatings: () => ({ delayMs: 1_000 }) });
    await kit.run(activities, async (run) => {
      const handle = await panel(run);
      const approving = await handle.startUpdate(approveRatingsUpdate, {
        args: [{ actor: chair }],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      await handle.signal(closePanelSignal);
      const { setId } = await approving.result();
      expect(called('approveRatings').map(({ args }) => (args[0] as { setId: string }).setId)).toEqual([
        setId,
      ]);
      await handle.result();
    });
  });

  it('takes a decision sent while the panel is still opening once it has opened', async () => {
    const { activities, called } = ratingsPanelActivityStubs({ openPanel: () => ({ delayMs: 500 }) });
    await kit.run(activities, async (run) => {
      const handle = await startRatingsPanel(run);
      const recorded = await handle.executeUpdate(decideStandardUpdate, {
        args: [{ actor: chair, decision: move, version: 0 }],
      });
      expect(recorded).toEqual({ standardId: '1.2', version: 1 });
      expect(called('openPanel')).toHaveLength(1);
    });
  });
});
