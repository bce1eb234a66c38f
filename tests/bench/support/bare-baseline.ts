// The baseline every HTTP figure stands beside, started in the same run as a process of its own, so it is
// measured as yji's services are (bare-baseline-server.ts).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const BASELINE_APPLICATION = 'yji-bench-baseline';

const server = fileURLToPath(new URL('./bare-baseline-server.ts', import.meta.url));

export async function startBareBaseline(databaseUrl: string) {
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const [port] = (await Promise.race([
    once(createInterface({ input: child.stdout }), 'line'),
    exited.then(() => {
      throw new Error(`the baseline server exited before it listened (code ${child.exitCode})`);
    }),
  ])) as [string];
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
