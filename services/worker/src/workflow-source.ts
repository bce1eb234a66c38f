// Where the worker's workflow code comes from: the pre-built bundle (production, and tests that restart
// workers) or the workflow source, bundled at start-up. Both hold the same modules: the workflows, the
// converter that encrypts their failures' messages, and the interceptors that trace them.
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';
import { workflowTracingModule } from '@yji/telemetry';
import { failureConverterPath, workflowsPath } from '@yji/workflows';

/** The bundler's input. */
export function bundleOptions() {
  return {
    workflowsPath: fileURLToPath(workflowsPath),
    failureConverterPath,
    workflowInterceptorModules: [workflowTracingModule],
  };
}

/** The Worker options that say where the workflows come from (the interceptors go in with a start-up bundle). */
export function workflowSource(
  bundlePath: string | undefined,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> & { workflowModules: string[] } {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath }, workflowModules: [] };
  const { workflowsPath: path, workflowInterceptorModules } = bundleOptions();
  return { workflowsPath: path, workflowModules: workflowInterceptorModules };
}

/** The pre-built bundle's code (`pnpm --filter @yji/worker build`, and the test harness). */
export async function bundleWorkflows(): Promise<string> {
  const { code } = await bundleWorkflowCode(bundleOptions());
  return code;
}
