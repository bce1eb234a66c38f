// Where an inspection's lifecycle stands, for its reads. While its InspectionWorkflow runs, the workflow's
// Query says (inspectionState). Once the workflow has finished its phase no longer moves, so the answer comes
// without asking a worker: the phase it recorded last (its YjiInspectionPhase search attribute) and, once
// Temporal's retention has removed it, the phase it ends in (finishedPhase), with the long list, the sample
// and the purge from this service's own tables. A Query no worker answers in time (none running, or all
// busy) is a busy service, 503 service-busy with Retry-After, not a failure of ours.
import { isGrpcDeadlineError, isGrpcServiceError, type Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { InspectionPhase, problem, type InspectionWorkflowState } from '@yji/contracts';
import { HttpError, withTemporalDeadline } from '@yji/service-kit';
import { finishedPhase, inspectionPhaseKey, inspectionStateQuery } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import type { Inspection } from '../generated/prisma/client.ts';
import { activeLongList } from '../store/long-list-store.ts';
import { loadSample, sampleCounts } from '../store/sample-store.ts';

/** When a reader refused for a Query nobody answered should try again: a restarting worker is back by then. */
const QUERY_RETRY_AFTER_SECONDS = 10;
const GRPC_NOT_FOUND = 5;
/** What the server answers a Query no worker took in its own time (no poller on the task queue). */
const GRPC_FAILED_PRECONDITION = 9;
/** temporal.api.enums.v1.WorkflowExecutionStatus RUNNING: every other status is a closed run. */
const RUNNING = 1;

const busy = () =>
  new HttpError(problem('service-busy'), { 'Retry-After': String(QUERY_RETRY_AFTER_SECONDS) });

/**
 * The phase of an inspection whose workflow cannot be asked (finished, and removed or not yet listed), from
 * this service's tables: a workflow ends only after its sample is confirmed; before, it starts in set-up.
 */
export const phaseOfRecord = (record: Pick<Inspection, 'standardsVersion'>, sampleConfirmed: boolean) =>
  sampleConfirmed ? finishedPhase(record.standardsVersion) : 'set-up';

/** The workflow's status and last recorded phase, without decoding anything; null once it is removed. */
async function execution(temporal: Client, workflowId: string) {
  try {
    const { workflowExecutionInfo: info } = await temporal.workflowService.describeWorkflowExecution({
      namespace: temporal.options.namespace,
      execution: { workflowId },
    });
    const recorded = info?.searchAttributes?.indexedFields?.[inspectionPhaseKey.name];
    const phase = InspectionPhase.safeParse(recorded && defaultPayloadConverter.fromPayload(recorded));
    return { running: info?.status === RUNNING, phase: phase.success ? phase.data : undefined };
  } catch (error) {
    if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return null;
    throw error;
  }
}

/** The state of a finished workflow as this service's tables hold it, in the phase it ended in. */
async function finishedState(
  db: InspectionDb,
  record: Inspection,
  lastPhase: InspectionPhase | undefined,
): Promise<InspectionWorkflowState> {
  const [longList, sample, purge] = await Promise.all([
    activeLongList(db, record.id),
    loadSample(db, record.id),
    db.retentionPurge.findUnique({ where: { inspectionId: record.id } }),
  ]);
  const confirmed = !!sample?.confirmedAt;
  return {
    inspectionId: record.id,
    phase: lastPhase ?? phaseOfRecord(record, confirmed),
    recorded: true,
    longList: longList && { longListId: longList.id, rows: longList.rowCount },
    sample: sample && { ...sampleCounts(sample.seed, sample.result), confirmed },
    ...(purge ? { purgedAt: purge.purgedAt.toISOString() } : {}),
  };
}

/** Where the inspection of `record` stands; each call to Temporal given up after `callTimeoutMs`. */
export async function inspectionState(
  db: InspectionDb,
  temporal: Client,
  record: Inspection,
  callTimeoutMs: number,
): Promise<InspectionWorkflowState> {
  try {
    return await withTemporalDeadline(temporal, callTimeoutMs, async () => {
      const found = await execution(temporal, record.id);
      if (!found?.running) return finishedState(db, record, found?.phase);
      return temporal.workflow.getHandle(record.id).query(inspectionStateQuery);
    });
  } catch (error) {
    // A read takes nothing, so a repeat is always safe.
    if (isGrpcDeadlineError(error)) throw busy();
    const cause = (error as { cause?: unknown }).cause;
    if (isGrpcServiceError(cause) && cause.code === GRPC_FAILED_PRECONDITION) throw busy();
    throw error;
  }
}
