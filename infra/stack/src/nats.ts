// NATS with JetStream: NATS_URL if set; else 127.0.0.1:4222 if it answers; else nats-server on PATH
// (or in the tools folder); else built with go install. A private server can be asked for instead: its
// subjects and streams are seen by nobody else (a test run beside a developer's running stack).
import { join } from 'node:path';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { freePort, tcpAnswers, waitUntil } from './probe.ts';
import { findExecutable, goInstall, startServer, stopServer } from './tools.ts';
import { paths } from './paths.ts';
import type { Log, StackPart } from './part.ts';

const NATS_SERVER_MODULE = 'github.com/nats-io/nats-server/v2@v2.12.15';
const SHARED_PORT = 4222;

export async function natsServerBinary(log: Log): Promise<string> {
  return findExecutable('nats-server') ?? (await goInstall(NATS_SERVER_MODULE, 'nats-server', log));
}

/** nats-server's arguments: JetStream on `port`, storing under `storeDir`. */
export const natsServerArgs = (port: number, storeDir: string) => [
  '-a',
  '127.0.0.1',
  '-p',
  String(port),
  '-js',
  '-sd',
  storeDir,
];

async function startNatsServer(log: Log, port: number, storeDir: string, name: string) {
  const binary = await natsServerBinary(log);
  const child = startServer(name, binary, natsServerArgs(port, storeDir));
  await waitUntil('nats-server', () => tcpAnswers('127.0.0.1', port), 30_000);
  return { binary, stop: () => stopServer(child) };
}

export async function ensureNats(log: Log, options: { private?: boolean } = {}): Promise<StackPart> {
  if (process.env.NATS_URL) return { name: 'nats', address: process.env.NATS_URL, origin: 'NATS_URL' };
  if (options.private) {
    const port = await freePort();
    mkdirSync(paths.dataDir, { recursive: true });
    const storeDir = mkdtempSync(join(paths.dataDir, 'nats-private-'));
    const server = await startNatsServer(log, port, storeDir, `nats-private-${port}`);
    const stop = async () => {
      await server.stop();
      rmSync(storeDir, { recursive: true, force: true });
    };
    return {
      name: 'nats',
      address: `nats://127.0.0.1:${port}`,
      origin: `started a private ${server.binary}`,
      stop,
    };
  }
  const address = `nats://127.0.0.1:${SHARED_PORT}`;
  if (await tcpAnswers('127.0.0.1', SHARED_PORT)) {
    return { name: 'nats', address, origin: `already running on 127.0.0.1:${SHARED_PORT}` };
  }
  const storeDir = join(paths.dataDir, 'nats');
  mkdirSync(storeDir, { recursive: true });
  const server = await startNatsServer(log, SHARED_PORT, storeDir, 'nats');
  return { name: 'nats', address, origin: `started ${server.binary}`, stop: server.stop };
}
