// An inspection without rating rules (2016: 002 defines no ratings) on the real Temporal server, with
// stand-in activities: once its quality assurance has ended it opens no ratings panel; it keeps its case data
// the retention period, then has each service purge it, in turn; and the recorded history replays.
import { describe, expect, it } from 'vitest';
import { INSPECTION_WORKFLOW, inspectionStateQuery } from '../src/index.ts';
import type { InspectionWorkflow } from '../src/workflows.ts';
import { FJI_2016_FRAMEWORKS, inspectionInput, readyForPanelState } from './inspection-fixtures.ts';
import { inspectionActivityStubs, publicationActivityStubs } from './stub-activities.ts';
import { workflowTestKit } from './workflow-kit.ts';
import './provided.ts';

const kit = workflowTestKit();

describe('an inspection without rating rules', () => {
  it('purges its case data the retention period after its quality assurance ends, with no panel', async () => {
    const retention = publicationActivityStubs({}, { retentionMs: 1_500 });
    // No ratings panel activities: a panel started would fail its first activity, and the test with it.
    await kit.run({ ...inspectionActivityStubs().activities, ...retention.activities }, async (run) => {
      const input = { ...inspectionInput(), frameworks: FJI_2016_FRAMEWORKS };
      const handle = await run.start<typeof InspectionWorkflow>(INSPECTION_WORKFLOW, {
        workflowId: input.inspectionId,
        args: [input, { carriedOver: { state: readyForPanelState(input), cases: [], reminderLeadMs: 0 } }],
      });
      await handle.result();
      const purges = retention.calls.map(({ name }) => name);
      expect(purges).toEqual([
        'retentionEnds',
        'purgeInspectionCases',
        'purgeFieldworkCases',
        'purgeFactualCheck',
        'purgePanelRationales',
      ]);
      expect(retention.called('purgeInspectionCases').map(({ args }) => args)).toEqual([
        [{ inspectionId: input.inspectionId }],
      ]);
      const state = await handle.query(inspectionStateQuery);
      expect(state).toMatchObject({ phase: 'ready-for-panel', retainUntil: expect.any(String) });
      expect(Date.parse(state.purgedAt!)).toBeGreaterThanOrEqual(Date.parse(state.retainUntil!));
      await run.replay(handle);
    });
  });
});
