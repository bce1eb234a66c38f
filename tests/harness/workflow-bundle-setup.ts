// Vitest global setup for the suites that run workers: the workflow bundle, built once per run with the
// worker package's own bundler (so it holds what a production bundle does: the workflows, the failure
// converter, the tracing interceptors). testEnvironment() hands its path to every worker as
// WORKFLOW_BUNDLE_PATH, so a worker starts in about a second instead of bundling for several.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import './provided.ts';

const workerPackage = fileURLToPath(new URL('../../services/worker/', import.meta.url));

// In a child process: the bundler and the Temporal worker it comes with stay out of vitest's own process.
const BUNDLE = [
  "import { writeFile } from 'node:fs/promises';",
  "import { bundleWorkflows } from '@yji/worker';",
  'await writeFile(process.env.YJI_BUNDLE_OUT, await bundleWorkflows());',
].join('\n');

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'yji-workflow-bundle-'));
  const path = join(dir, 'workflow-bundle.js');
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', BUNDLE], {
      cwd: workerPackage,
      env: { ...process.env, YJI_BUNDLE_OUT: path },
      timeout: 120_000,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`bundling the workflows failed:\n${stdout}${stderr}`, { cause: error });
  }
  project.provide('workerBundlePath', path);
  return () => rm(dir, { recursive: true, force: true });
}
