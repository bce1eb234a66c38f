// Test support for the tests through the real ratings panel workflow and worker: the ratings service with the
// worker beside it for one file's tests, an inspection with its team, ten approved court cases and its panel
// workflow running, and the lead's proposals with the evidence the rules accept.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { assessmentApproved, type PanelPack, type RatingsPanelInput } from '@yji/contracts';
import { RATINGS_PANEL_WORKFLOW, ratingsPanelWorkflowId } from '@yji/workflows';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';
import { startWorkflowsUnderTest } from '../../../tests/harness/workflows-under-test.ts';
import {
  courtApproval,
  eventually,
  ratingsTestConfig,
  startRatingsUnderTest,
  type RatingsUnderTest,
} from './ratings-under-test.ts';

const { lead, chair, inspector } = SERVICE_CALLERS;

/** The first prompt of each qualitative standard, answered in a proposal. */
export const EVIDENCE = {
  '1.1': '1.1.1a',
  '1.2': '1.2.1a',
  '1.3': '1.3.1a',
  '1.4': '1.4.1a',
  '3.4': '3.4.1a',
} as const;
export type Qualitative = keyof typeof EVIDENCE;

/**
 * The lead's proposal of `standard` at `rating`, over `version`: its evidence seen in the documents; 3.4's
 * triangulated with the sampled case `caseRef` too (004 ¶3.20).
 */
export function proposalOf(standard: Qualitative, rating: string, version: number, caseRef: string) {
  return {
    version,
    rating,
    items: [
      {
        prompt: EVIDENCE[standard],
        answer: 'yes',
        finding: 'Seen in the documents and the interviews.',
        sources: [
          { kind: 'document', description: 'self-assessment' },
          ...(standard === '3.4' ? [{ kind: 'case-file', caseRefs: [caseRef] }] : []),
        ],
      },
    ],
  };
}

/**
 * An inspection with its team (the lead, the chair and `otherChairs`, the inspector), ten approved court cases
 * (the `index`th judged as `judgementsOf(index)` says) and its panel workflow running on `taskQueue`; answered
 * once the pack shows the ten cases. The caller terminates `workflow` (here only when the pack never shows them).
 */
export async function startPanelWorkflow(
  ratings: RatingsUnderTest,
  temporal: Client,
  taskQueue: string,
  {
    leadInspectorId = lead.userId,
    otherChairs = [],
    judgementsOf = () => ({}),
  }: {
    leadInspectorId?: string;
    otherChairs?: readonly string[];
    judgementsOf?: (index: number) => Record<string, boolean | null>;
  } = {},
) {
  const inspectionId = randomUUID();
  for (const [member, role] of [
    [leadInspectorId, 'lead-inspector'],
    [chair.userId, 'panel-chair'],
    ...otherChairs.map((other) => [other, 'panel-chair'] as const),
    [inspector.userId, 'inspector'],
  ] as const)
    await ratings.joinTeam(inspectionId, member, role);
  const approvals = Array.from({ length: 10 }, (_, index) =>
    courtApproval(inspectionId, judgementsOf(index)),
  );
  for (const approval of approvals) await ratings.publish(assessmentApproved.subject, approval);
  const input: RatingsPanelInput = {
    inspectionId,
    leadInspectorId,
    custodyCases: 0,
    frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
  };
  const workflow = await temporal.workflow.start(RATINGS_PANEL_WORKFLOW, {
    workflowId: ratingsPanelWorkflowId(inspectionId),
    taskQueue,
    args: [input],
  });
  const base = `/api/ratings/inspections/${inspectionId}`;
  try {
    await eventually(async () => {
      const response = await ratings.call(chair, 'GET', `${base}/pack`);
      return response.status === 200 && (response.body as unknown as PanelPack).cases.approved === 10;
    });
  } catch (error) {
    await workflow.terminate('test set-up failed').catch(() => {});
    throw error;
  }
  return { inspectionId, base, workflow, approvals };
}

/**
 * For one file's tests: the ratings service (with fieldwork beside it), the worker on its task queue and a
 * Temporal client; with `sql`, a client of the test database too, for what the API does not show. `started`
 * holds the workflows a test starts (ended after the tests); `startPanel` is `startPanelWorkflow` on this
 * service and queue, its workflow put there. Read the getters inside a test.
 */
export function usePanelWorkflowUnderTest(options: { sql?: boolean } = {}) {
  let ratings: RatingsUnderTest | undefined;
  let workflows: Awaited<ReturnType<typeof startWorkflowsUnderTest>> | undefined;
  let taskQueue: string | undefined;
  let sql: pg.Client | undefined;
  const started: WorkflowHandle[] = [];
  beforeAll(async () => {
    const config = ratingsTestConfig();
    taskQueue = config.TEMPORAL_TASK_QUEUE;
    ratings = await startRatingsUnderTest(config);
    workflows = await startWorkflowsUnderTest(config);
    if (options.sql) {
      sql = new pg.Client({ connectionString: config.DATABASE_URL });
      await sql.connect();
    }
  });
  afterAll(async () => {
    for (const handle of started) await handle.terminate('test finished').catch(() => {});
    await sql?.end();
    await workflows?.stop();
    await ratings?.stop();
  });

  const startPanel = async (panelOptions?: Parameters<typeof startPanelWorkflow>[3]) => {
    const panel = await startPanelWorkflow(ratings!, workflows!.temporal, taskQueue!, panelOptions);
    started.push(panel.workflow);
    return panel;
  };

  return {
    ratings: () => ratings!,
    temporal: () => workflows!.temporal,
    taskQueue: () => taskQueue!,
    sql: () => sql!,
    started,
    startPanel,
  };
}
