// Temporal: TEMPORAL_ADDRESS if set; else a server already on 127.0.0.1:7233; else the Temporal CLI's dev
// server (on PATH, in the tools folder, or built there with go install); else @temporalio/testing's own
// download. The dev server persists to a file under the data folder. Search attributes are registered.
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTES, ensureSearchAttributes } from '@yji/workflows';
import { tcpAnswers, waitUntil } from './probe.ts';
import { findExecutable, goInstall, startServer, stopServer } from './tools.ts';
import { paths } from './paths.ts';
import type { Log, StackPart } from './part.ts';

// Later tags carry `replace` directives, which `go install pkg@tag` refuses (TOOLCHAIN.md).
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
const HOST = '127.0.0.1';
const PORT = 7233;
const UI_PORT = 8233;

export const temporalNamespace = () => process.env.TEMPORAL_NAMESPACE ?? 'default';

async function registerSearchAttributes(address: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await ensureSearchAttributes(connection, temporalNamespace());
  } finally {
    await connection.close();
  }
}

export async function temporalCli(log: Log): Promise<string | null> {
  const found = findExecutable('temporal');
  if (found) return found;
  return goInstall(TEMPORAL_CLI_MODULE, 'temporal', log).catch((error: Error) => {
    log(`could not build the Temporal CLI: ${error.message.split('\n')[0]}`);
    return null;
  });
}

/** The Temporal CLI's arguments for a dev server on `port`, persisting to `dbFile`, with our search attributes. */
export function devServerArgs(port: number, uiPort: number, dbFile: string): string[] {
  return [
    'server',
    'start-dev',
    '--ip',
    HOST,
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--db-filename',
    dbFile,
    '--namespace',
    temporalNamespace(),
    '--log-level',
    'warn',
    ...SEARCH_ATTRIBUTES.flatMap((key) => [
      '--search-attribute',
      `${key.name}=${key.type === 'KEYWORD' ? 'Keyword' : key.type}`,
    ]),
  ];
}

async function startDevServer(cli: string): Promise<() => Promise<void>> {
  const child = startServer(
    'temporal',
    cli,
    devServerArgs(PORT, UI_PORT, join(paths.dataDir, 'temporal.db')),
  );
  return () => stopServer(child);
}

async function startTestingServer(): Promise<() => Promise<void>> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const environment = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: HOST,
      port: PORT,
      dbFilename: join(paths.dataDir, 'temporal.db'),
      namespace: temporalNamespace(),
    },
  });
  return () => environment.teardown();
}

export async function ensureTemporal(log: Log): Promise<StackPart> {
  if (process.env.TEMPORAL_ADDRESS) {
    await registerSearchAttributes(process.env.TEMPORAL_ADDRESS);
    return { name: 'temporal', address: process.env.TEMPORAL_ADDRESS, origin: 'TEMPORAL_ADDRESS' };
  }
  const address = `${HOST}:${PORT}`;
  if (await tcpAnswers(HOST, PORT)) {
    await registerSearchAttributes(address);
    return { name: 'temporal', address, origin: `already running on ${address}` };
  }
  const cli = await temporalCli(log);
  const stop = cli ? await startDevServer(cli) : await startTestingServer();
  await waitUntil('Temporal', async () => {
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    await connection.close();
    return true;
  });
  await registerSearchAttributes(address);
  const origin = cli
    ? `started ${cli} server start-dev (UI on http://${HOST}:${UI_PORT})`
    : 'started by @temporalio/testing';
  return { name: 'temporal', address, origin, stop };
}
