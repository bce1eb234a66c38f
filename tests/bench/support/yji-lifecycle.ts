// One inspection through fieldwork as `yji demo` plays it, through the public HTTP APIs: the lead creates
// it, sets the team, uploads the long list, draws and confirms the sample and assigns every case; each
// assessor saves, records the interview and submits their cases (the two assessors side by side, each
// case after the other); done when the lead's progress says every case is submitted. Times the lead's two
// decisions twice: until the HTTP answer (200, or 202 past DECISION_WAIT_MS: the budget's figure) and until
// carried out (a 202 followed through its Location until it says done).
import { caseAssessmentWorkflowId } from '@yji/workflows';
import {
  carriedOut,
  eventually,
  expectAnswer,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  startInspection,
  submitCompleteCase,
  type Caller,
} from '../../harness/index.ts';

export interface LifecycleRun {
  /** The inspection's workflow and its cases', for their histories. */
  workflowIds: string[];
  /** Until carried out. */
  confirmMs: number;
  assignMs: number;
  /** Until the HTTP answer (200 or 202); the bare baseline has none apart from its result. */
  confirmAnsweredMs?: number;
  assignAnsweredMs?: number;
}

/** How long the lead waited for a decision: for its answer, and until it was carried out. */
interface DecisionTimes {
  answeredMs: number;
  carriedOutMs: number;
}

const ASSESSORS = ['inspector-1', 'inspector-2'] as const;
const POLL = { timeoutMs: 600_000, intervalMs: 200 };

/**
 * A lead's decision, carried out: a 202 (the service's answer when the workflow is slow, under load) is
 * followed through its Location until it is done; a refusal, at once or in the end, fails the run.
 */
async function decide(lead: Caller, path: string, body?: unknown): Promise<DecisionTimes> {
  const started = performance.now();
  const answer = await lead('POST', path, body);
  const answeredMs = performance.now() - started;
  expectAnswer('POST', path, await carriedOut(lead, answer, POLL));
  return { answeredMs, carriedOutMs: performance.now() - started };
}

export async function playYjiLifecycle(
  cases: number,
  lead: Caller,
  assessors: Record<(typeof ASSESSORS)[number], Caller>,
): Promise<LifecycleRun> {
  const id = await startInspection(lead, inspectionBody(FIELDWORK_START_AHEAD, cases), POLL);
  const at = (path: string) => `/api/inspections/${id}${path}`;
  const members = ASSESSORS.map((userId) => ({ userId, role: 'inspector', capacity: cases }));
  expectAnswer('PUT', at('/team'), await lead('PUT', at('/team'), { members }));
  await decide(lead, at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, cases * 4));

  await decide(lead, at('/sample'), { seed: 'bench' });
  const confirm = await decide(lead, at('/sample/confirm'));
  const assign = await decide(lead, at('/assignments'), { mode: 'auto' });

  const progress = async () =>
    expectAnswer('GET', at('/progress'), await lead('GET', at('/progress'))) as { cases: Task[] };
  type Task = { taskId: string; assigneeId: string | null; state: string };
  const assigned = await eventually(
    'every case assigned',
    async () => {
      const now = await progress();
      return now.cases.length === cases && now.cases.every((entry) => entry.state === 'assigned')
        ? now.cases
        : undefined;
    },
    POLL,
  );
  await Promise.all(
    ASSESSORS.map(async (assessorId) => {
      for (const { taskId } of assigned.filter((entry) => entry.assigneeId === assessorId))
        await submitCompleteCase(assessors[assessorId], taskId, { polling: POLL });
    }),
  );
  await eventually(
    'every case submitted in the progress',
    async () => ((await progress()).cases.every((entry) => entry.state === 'submitted') ? true : undefined),
    POLL,
  );
  return {
    workflowIds: [id, ...assigned.map((entry) => caseAssessmentWorkflowId(entry.taskId))],
    confirmMs: confirm.carriedOutMs,
    assignMs: assign.carriedOutMs,
    confirmAnsweredMs: confirm.answeredMs,
    assignAnsweredMs: assign.answeredMs,
  };
}
