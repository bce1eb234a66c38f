// A lead's decision is an Update of the inspection workflow, found again by its id (the 202's Location). An
// inspection continues as new only once every Update under way has finished, so a decision its current run
// does not know was carried out by an earlier run: asked for by its id alone the server may not find it
// there, so the earlier runs are asked by their run ids, newest first. Client-side code, not bundled.
import { WorkflowNotFoundError, type Client, type WorkflowExecutionInfo } from '@temporalio/client';

async function earlierRuns(client: Client, inspectionId: string): Promise<WorkflowExecutionInfo[]> {
  const runs: WorkflowExecutionInfo[] = [];
  // The id is a uuid the routes have validated, so quoting it into the query is safe.
  for await (const run of client.workflow.list({ query: `WorkflowId = '${inspectionId}'` })) runs.push(run);
  return runs.sort((a, b) => b.startTime.getTime() - a.startTime.getTime()).slice(1);
}

/**
 * The decision's result, waiting for it while it is under way; rejects as the Update did (its refusal), or
 * with WorkflowNotFoundError when no run of the inspection knows `decisionId`.
 */
export async function decisionResult(
  client: Client,
  inspectionId: string,
  decisionId: string,
): Promise<unknown> {
  try {
    return await client.workflow.getHandle(inspectionId).getUpdateHandle(decisionId).result();
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    for (const { runId } of await earlierRuns(client, inspectionId)) {
      try {
        return await client.workflow
          .getHandle(inspectionId, runId)
          .getUpdateHandle(decisionId, { workflowRunId: runId })
          .result();
      } catch (earlier) {
        if (!(earlier instanceof WorkflowNotFoundError)) throw earlier;
      }
    }
    throw error;
  }
}
