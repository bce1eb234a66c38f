// The process `./infra/up` ends in (the stack runner, `node infra/stack/src/main.ts up`): its ready line
// comes only once every service's /ready answers and the worker polls; the web app's people directory knows
// the development identity provider's people; each service writes a log file
// under the data folder; a service killed with SIGKILL is started again and says so; and SIGTERM to the
// runner stops every process it started, leaving none behind.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '@yji/stack';
import '../harness/provided.ts';

const root = join(import.meta.dirname, '..', '..');
const services = readdirSync(join(root, 'services'))
  .filter((name) => existsSync(join(root, 'services', name, 'src', 'main.ts')))
  .sort();

/** Every process below `pid`, children first found first. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((child) => child > 0);
  } catch {
    // ps exits 1 when there is none.
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const readyAt = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200;
  } catch {
    return false;
  }
};

describe('the stack runner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yji-stack-runner-'));
  let runner: ChildProcess | undefined;
  let output = '';
  afterAll(() => {
    if (runner?.exitCode === null) runner.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is ready only when every service is, supervises them, and leaves nothing behind on SIGTERM', async () => {
    const portBase = 20_000 + Math.floor(Math.random() * 20_000);
    runner = spawn(process.execPath, ['infra/stack/src/main.ts', 'up'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        NATS_URL: inject('natsUrl'),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_NAMESPACE: inject('temporalNamespace'),
        // A task queue of its own: this worker must not take work from anyone else's.
        TEMPORAL_TASK_QUEUE: `yji-stack-test-${randomUUID()}`,
        YJI_DATA_DIR: dataDir,
        YJI_PORT_BASE: String(portBase),
        YJI_DEV_IDP_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    runner.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    runner.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

    await until('the ready line', () => output.includes('yji is ready'), 240_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-3000)}`);
    });
    const ports = Object.fromEntries(
      services.map((name) => {
        const match = output.match(new RegExp(`^\\s+${name}\\s+http://127\\.0\\.0\\.1:(\\d+)`, 'm'));
        return [name, Number(match?.[1])];
      }),
    );
    for (const name of services) expect(await readyAt(ports[name]!), `${name} /ready`).toBe(true);

    // The development provider's people, by name and address, as if each had signed in once.
    expect(output).toMatch(/people directory: \d+ of the development identity provider's people added/);
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    const { rows } = await db
      .query(`SELECT name, email FROM portal."Person" WHERE "userId" = 'inspector-1'`)
      .finally(() => db.end());
    expect(rows).toEqual([{ name: 'Amir Hussain', email: 'amir.hussain@inspectorate.example' }]);

    // One log file per service, under the data folder.
    for (const name of services) {
      const file = join(dataDir, 'logs', `${name}.log`);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size, file).toBeGreaterThan(0);
    }

    // A service killed outright is started again, and the runner says so.
    const inspection = descendants(runner.pid!).find((pid) =>
      commandOf(pid).includes('services/inspection/src/main.ts'),
    );
    expect(inspection).toBeDefined();
    process.kill(inspection!, 'SIGKILL');
    await until('the restart notice', () => /inspection exited \(SIGKILL\); restarting/.test(output), 30_000);
    await until('inspection ready again', () => readyAt(ports.inspection!), 120_000);

    // SIGTERM to the runner: it and everything it started end.
    const started = descendants(runner.pid!);
    expect(started.length).toBeGreaterThanOrEqual(services.length);
    const exited = new Promise<number | null>((resolve) => runner!.once('exit', (code) => resolve(code)));
    runner.kill('SIGTERM');
    expect(await exited).toBe(0);
    await until('every child gone', () => started.every((pid) => !alive(pid)), 30_000).catch(() => {
      throw new Error(
        `left behind: ${started
          .filter(alive)
          .map((pid) => `${pid} ${commandOf(pid)}`)
          .join('; ')}`,
      );
    });
  }, 420_000);
});
