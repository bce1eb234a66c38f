// Measures how long an inspection's history grows: 60 cases from set-up through fieldwork (confirmed,
// bulk-assigned, each started and submitted by its assessor), with stub activities. Prints the event
// count and size of the inspection and of one case. Temporal's hard limit is 50,000 events or 50 MB; it
// suggests continuing as new well before that, and the inspection workflow then does.
import { expect, it } from 'vitest';
import {
  assessmentStartedSignal,
  caseAssessmentWorkflowId,
  inspectionProgressQuery,
  submitAssessmentUpdate,
} from '../src/index.ts';
import { caseActivityStubs, inspectionActivityStubs } from './stub-activities.ts';
import { assignAll, confirmSample, drawSample, startInspection } from './inspection-fixtures.ts';
import { eventually, workflowTestKit } from './workflow-kit.ts';

const kit = workflowTestKit();
const CASES = 60;

it(`measures the history of a ${CASES}-case inspection through fieldwork`, async () => {
  const inspection = inspectionActivityStubs({}, { sampleSize: CASES });
  const cases = caseActivityStubs();
  await kit.run({ ...inspection.activities, ...cases.activities }, async (run) => {
    const handle = await startInspection(run);
    await drawSample(handle);
    await confirmSample(handle, CASES, 60_000);
    await assignAll(handle, CASES, 60_000);
    const children = inspection.sample.map(({ taskId }) =>
      run.client.workflow.getHandle(caseAssessmentWorkflowId(taskId)),
    );
    for (const child of children) {
      await child.signal(assessmentStartedSignal, { userId: 'inspector-1' });
      await child.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
    }
    await eventually(
      async () => ((await handle.query(inspectionProgressQuery)).totals.allSubmitted ? true : null),
      60_000,
    );
    const { historyLength, historySize } = await handle.describe();
    const oneCase = await children[0]!.describe();
    console.log(
      `history of a ${CASES}-case inspection through fieldwork: ${historyLength} events (${historySize} bytes); ` +
        `one case: ${oneCase.historyLength} events (${oneCase.historySize} bytes)`,
    );
    expect(historyLength).toBeGreaterThan(CASES);
  });
});
