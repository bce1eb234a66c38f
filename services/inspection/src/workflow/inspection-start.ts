// Starting an inspection's workflow so that a repeated start finds the same one (issue 13): with the caller's
// Idempotency-Key the workflow id is derived from the lead and the key, and the start attaches to a workflow
// already running with that id (USE_EXISTING) or finds one that has finished (REJECT_DUPLICATE), so a client
// that retries after a 503, a timeout or a dropped connection gets the inspection it started, never a
// second. The workflow's memo keeps a hash of the request (not the request): the same key with another
// request is refused (422 idempotency-key-reused). Without a key each start is a new inspection, as before.
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { problem, type CreateInspectionBody } from '@yji/contracts';
import { defaultCourtShare } from '@yji/domain';
import { HttpError, idempotentId, requestHash, withTemporalDeadline } from '@yji/service-kit';
import { INSPECTION_WORKFLOW } from '@yji/workflows';

/** The memo field holding the hash of the request that started the workflow. */
const REQUEST_HASH_MEMO = 'yjiStartRequestHash';

export interface InspectionStart {
  id: string;
  handle: WorkflowHandle;
  /** Whether the workflow still runs (a finished one takes no Update). */
  running: boolean;
}

export interface StartOptions {
  taskQueue: string;
  /** How long each call to Temporal may take (TEMPORAL_CALL_TIMEOUT_MS). */
  callTimeoutMs: number;
}

/** Starts (or, with a key used before for the same request, finds) the inspection `body` describes. */
export async function startInspectionWorkflow(
  temporal: Client,
  { taskQueue, callTimeoutMs }: StartOptions,
  leadInspectorId: string,
  body: CreateInspectionBody,
  idempotencyKey: string | undefined,
): Promise<InspectionStart> {
  const id = idempotencyKey
    ? idempotentId('start-inspection', leadInspectorId, idempotencyKey)
    : randomUUID();
  // Only a keyed start has a request to compare a repeat with: a keyless one keeps no memo.
  const hash = idempotencyKey ? requestHash(body) : undefined;
  // Only a keyed start is safe to repeat, so only its calls get a deadline (a 503 that says "repeat it");
  // a start without a key waits for Temporal as before.
  const call = <T>(fn: () => Promise<T>) =>
    idempotencyKey ? withTemporalDeadline(temporal, callTimeoutMs, fn) : fn();
  const handle = await call(async () => {
    try {
      return await temporal.workflow.start(INSPECTION_WORKFLOW, {
        workflowId: id,
        taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        ...(hash ? { memo: { [REQUEST_HASH_MEMO]: hash } } : {}),
        args: [
          {
            inspectionId: id,
            leadInspectorId,
            ...body,
            sample: {
              ...body.sample,
              courtShare: body.sample.courtShare ?? defaultCourtShare(body.frameworks),
            },
          },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      return temporal.workflow.getHandle(id); // finished: the same key's inspection, or a refusal below
    }
  });
  if (!idempotencyKey) return { id, handle, running: true };
  const { memo, status } = await call(() => handle.describe());
  // A run with no hash to compare (should a continue-as-new not carry the memo) is taken as the same request:
  // refusing a true retry would be worse than answering the inspection the key started.
  const started = memo?.[REQUEST_HASH_MEMO];
  if (started !== undefined && started !== hash) throw new HttpError(problem('idempotency-key-reused'));
  return { id, handle, running: status.name === 'RUNNING' };
}
