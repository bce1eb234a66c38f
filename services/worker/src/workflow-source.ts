// Where the worker's workflow code comes from: the pre-built bundle (production, and tests that restart
// workers) or the workflow source, bundled at start-up. Both go through bundleOptions, so a bundle holds
// exactly what a start-up bundle would.
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';
import { failureConverterPath, workflowsPath } from '@yji/workflows';

/** The bundler's input: the workflows and the converter that encrypts their failures' messages. */
export function bundleOptions() {
  return { workflowsPath: fileURLToPath(workflowsPath), failureConverterPath };
}

export function workflowSource(
  bundlePath: string | undefined,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  return bundlePath
    ? { workflowBundle: { codePath: bundlePath } }
    : { workflowsPath: bundleOptions().workflowsPath };
}

/** The pre-built bundle's code (`pnpm --filter @yji/worker build`, and the test harness). */
export async function bundleWorkflows(): Promise<string> {
  const { code } = await bundleWorkflowCode(bundleOptions());
  return code;
}
