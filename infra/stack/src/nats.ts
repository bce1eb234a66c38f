// NATS with JetStream: NATS_URL if set; else 127.0.0.1:4222 if it answers; else nats-server on PATH
// (or in the tools folder); else built with go install.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { tcpAnswers, waitUntil } from './probe.ts';
import { findExecutable, goInstall, startServer, stopServer } from './tools.ts';
import { paths } from './paths.ts';
import type { Log, StackPart } from './part.ts';

const NATS_SERVER_MODULE = 'github.com/nats-io/nats-server/v2@v2.12.15';

export async function ensureNats(log: Log): Promise<StackPart> {
  if (process.env.NATS_URL) return { name: 'nats', address: process.env.NATS_URL, origin: 'NATS_URL' };
  const address = 'nats://127.0.0.1:4222';
  if (await tcpAnswers('127.0.0.1', 4222))
    return { name: 'nats', address, origin: 'already running on 127.0.0.1:4222' };
  const binary = findExecutable('nats-server') ?? (await goInstall(NATS_SERVER_MODULE, 'nats-server', log));
  const storeDir = join(paths.dataDir, 'nats');
  mkdirSync(storeDir, { recursive: true });
  const child = startServer('nats', binary, ['-a', '127.0.0.1', '-p', '4222', '-js', '-sd', storeDir]);
  await waitUntil('nats-server', () => tcpAnswers('127.0.0.1', 4222), 30_000);
  return { name: 'nats', address, origin: `started ${binary}`, stop: () => stopServer(child) };
}
