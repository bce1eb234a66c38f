// The one Temporal server the workflow tests run on, in order of preference: TEMPORAL_ADDRESS; a server
// already on 127.0.0.1:7233 (a developer's stack, the CI's); else a dev server for this run, started by
// @temporalio/testing from the Temporal CLI in the project's tools folder (or the CLI it downloads).
// The workflows are bundled here once, so each test's worker starts in milliseconds.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import { ensureSearchAttributes, SEARCH_ATTRIBUTES, workflowsPath } from '../src/index.ts';
import './provided.ts';

const DEFAULT_ADDRESS = '127.0.0.1:7233';
const NAMESPACE = process.env.TEMPORAL_NAMESPACE ?? 'default';
const TOOLS_CLI = fileURLToPath(new URL('../../.tools/bin/temporal', import.meta.url));

function answers(address: string): Promise<boolean> {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const socket = new Socket().setTimeout(500);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
    socket.connect(Number(port), host!);
  });
}

async function temporal(): Promise<{ address: string; stop: () => Promise<void> }> {
  const address = process.env.TEMPORAL_ADDRESS ?? DEFAULT_ADDRESS;
  if (process.env.TEMPORAL_ADDRESS || (await answers(address))) {
    const connection = await Connection.connect({ address });
    await ensureSearchAttributes(connection, NAMESPACE).finally(() => connection.close());
    return { address, stop: async () => {} };
  }
  const environment = await TestWorkflowEnvironment.createLocal({
    server: {
      namespace: NAMESPACE,
      searchAttributes: SEARCH_ATTRIBUTES,
      ...(existsSync(TOOLS_CLI) ? { executable: { type: 'existing-path', path: TOOLS_CLI } } : {}),
    },
  });
  return { address: environment.address, stop: () => environment.teardown() };
}

export default async function setup(project: TestProject) {
  const server = await temporal();
  const { code } = await bundleWorkflowCode({ workflowsPath: fileURLToPath(workflowsPath) });
  const dir = await mkdtemp(join(tmpdir(), 'yji-workflow-tests-'));
  const workflowBundlePath = join(dir, 'workflows.js');
  await writeFile(workflowBundlePath, code);
  project.provide('temporalAddress', server.address);
  project.provide('temporalNamespace', NAMESPACE);
  project.provide('workflowBundlePath', workflowBundlePath);
  return async () => {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  };
}
