// Finds a tool on PATH or in the project's tools folder, or builds it there with `go install`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { paths } from './paths.ts';

export function findExecutable(name: string): string | null {
  const local = join(paths.toolsBin, name);
  if (existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Builds a Go command into the tools folder; needs Go and the module proxy. */
export async function goInstall(
  modulePath: string,
  name: string,
  log: (line: string) => void,
): Promise<string> {
  if (!findExecutableOnPath('go')) throw new Error(`cannot build ${name}: no Go toolchain on PATH`);
  mkdirSync(paths.toolsBin, { recursive: true });
  log(`building ${name} with go install ${modulePath} (a few minutes, once)`);
  await promisify(execFile)('go', ['install', modulePath], {
    env: { ...process.env, GOBIN: paths.toolsBin },
    maxBuffer: 64 * 1024 * 1024,
  });
  return join(paths.toolsBin, name);
}

function findExecutableOnPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

/** Starts a long-running server, its output appended to a log file under the data folder. */
export function startServer(name: string, command: string, args: string[]): ChildProcess {
  mkdirSync(paths.dataDir, { recursive: true });
  const logFile = openSync(join(paths.dataDir, `${name}.log`), 'a');
  return spawn(command, args, { stdio: ['ignore', logFile, logFile] });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
