// A person's decision is an Update of one inspection's workflow, found again by its id (the 202's Location). A
// workflow continues as new (the inspection's does) only once every Update under way has finished, so a
// decision its current run does not know was carried out by an earlier run: asked for by its id alone the
// server may not find it there, so the earlier runs are asked by their run ids, newest first. Client-side
// code, not bundled.
import { WorkflowNotFoundError, type Client, type WorkflowExecutionInfo } from '@temporalio/client';

async function earlierRuns(client: Client, workflowId: string): Promise<WorkflowExecutionInfo[]> {
  const runs: WorkflowExecutionInfo[] = [];
  // The id is made of a uuid the routes have validated, so quoting it into the query is safe.
  for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(run);
  return runs.sort((a, b) => b.startTime.getTime() - a.startTime.getTime()).slice(1);
}

/**
 * The decision's result, waiting for it while it is under way; rejects as the Update did (its refusal), or
 * with WorkflowNotFoundError when no run of the workflow `workflowId` knows `decisionId`.
 */
export async function decisionResult(
  client: Client,
  workflowId: string,
  decisionId: string,
): Promise<unknown> {
  try {
    return await client.workflow.getHandle(workflowId).getUpdateHandle(decisionId).result();
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    for (const { runId } of await earlierRuns(client, workflowId)) {
      try {
        return await client.workflow
          .getHandle(workflowId, runId)
          .getUpdateHandle(decisionId, { workflowRunId: runId })
          .result();
      } catch (earlier) {
        if (!(earlier instanceof WorkflowNotFoundError)) throw earlier;
      }
    }
    throw error;
  }
}
