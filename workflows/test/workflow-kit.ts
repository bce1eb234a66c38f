// What every workflow test shares: a client of the test run's Temporal server, and a worker with the
// activities a test stubs, on a task queue of the test's own (so no other worker, and no other test's
// workflow, takes its tasks). Workflows a test leaves open are terminated when it ends: nothing polls
// their task queue afterwards.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import { Client, Connection, type WorkflowHandle, type WorkflowStartOptions } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { workflowsPath } from '../src/index.ts';
import './provided.ts';

export interface WorkflowTestRun {
  client: Client;
  taskQueue: string;
  /** Starts a workflow on the test's task queue (and terminates it after the test if it is still open). */
  start<W extends Workflow>(
    workflow: string,
    options: Omit<WorkflowStartOptions<W>, 'taskQueue'>,
  ): Promise<WorkflowHandle<W>>;
  /** Replays `handle`'s history so far against the current workflow code (fails on nondeterminism). */
  replay(handle: WorkflowHandle): Promise<void>;
}

/**
 * Call at the top of a test file; `run` gives each test its own worker with the activities it passes. The
 * workflows are those bundled for the whole run, or bundled for this file with `interceptorModules` (paths of
 * workflow interceptor modules).
 */
export function workflowTestKit({ interceptorModules }: { interceptorModules?: string[] } = {}) {
  // A worker logs every start and stop at INFO; a test run needs only what went wrong.
  const logger = new DefaultLogger('WARN');
  Runtime.install({ logger });
  let connection: Connection;
  let nativeConnection: NativeConnection;
  let client: Client;
  let code: string;
  beforeAll(async () => {
    const address = inject('temporalAddress');
    connection = await Connection.connect({ address });
    nativeConnection = await NativeConnection.connect({ address });
    client = new Client({ connection, namespace: inject('temporalNamespace') });
    code = interceptorModules
      ? (
          await bundleWorkflowCode({
            workflowsPath: fileURLToPath(workflowsPath),
            workflowInterceptorModules: interceptorModules,
            logger,
          })
        ).code
      : await readFile(inject('workflowBundlePath'), 'utf8');
  });
  afterAll(async () => {
    await nativeConnection?.close();
    await connection?.close();
  });

  async function run<T>(activities: object, test: (run: WorkflowTestRun) => Promise<T>): Promise<T> {
    const taskQueue = `workflow-test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: nativeConnection,
      namespace: inject('temporalNamespace'),
      taskQueue,
      workflowBundle: { code },
      activities,
    });
    const started: WorkflowHandle[] = [];
    const start: WorkflowTestRun['start'] = async (workflow, options) => {
      const handle = await client.workflow.start(workflow, { ...options, taskQueue } as WorkflowStartOptions);
      started.push(handle);
      return handle as never;
    };
    try {
      const replay: WorkflowTestRun['replay'] = async (handle) =>
        Worker.runReplayHistory({ workflowBundle: { code } }, await handle.fetchHistory(), handle.workflowId);
      return await worker.runUntil(test({ client, taskQueue, start, replay }));
    } finally {
      for (const handle of started) await handle.terminate('test finished').catch(() => {});
      // Case workflows outlive their inspection (parent close policy ABANDON): find them by task queue.
      const open = client.workflow.list({
        query: `TaskQueue = "${taskQueue}" AND ExecutionStatus = "Running"`,
      });
      for await (const { workflowId } of open) {
        await client.workflow
          .getHandle(workflowId)
          .terminate('test finished')
          .catch(() => {});
      }
    }
  }

  return { run, client: () => client };
}

/** Polls `probe` until it answers something other than null (workflows report through queries). */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
