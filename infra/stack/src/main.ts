// pnpm stack          bring up PostgreSQL, NATS JetStream and Temporal (reusing what runs) and wait
// pnpm stack up       the same, then apply migrations and run every service and the worker, supervised
// SIGINT (Ctrl-C) or SIGTERM stops what this process started, and only that, whenever it arrives: a
// signal during start-up waits for the step under way, then stops everything started so far.
import { describeStack, ensureStack } from './stack.ts';
import { startServices } from './services.ts';
import { openWebApp } from './open-web-app.ts';

const log = (line: string) => console.log(`[stack] ${line}`);
const withServices = process.argv.includes('up');

/** What to stop, in the order things started; run in reverse. */
const started: (() => Promise<void>)[] = [];
let stepUnderWay: Promise<unknown> = Promise.resolve();
let stopping = false;

async function stopEverything(exitCode: number) {
  if (stopping) return;
  stopping = true;
  log('stopping what this run started');
  await stepUnderWay.catch(() => {});
  // Let the step's own continuation record what it started before it is stopped.
  await new Promise((resolve) => setImmediate(resolve));
  for (const stop of started.reverse())
    await stop().catch((error: Error) => log(`stopping: ${error.message}`));
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopEverything(0));

/** Runs a start-up step; nothing more starts once a stop is asked for. */
async function step<T>(work: Promise<T>, stopOf: (value: T) => () => Promise<void>): Promise<T> {
  stepUnderWay = work;
  const value = await work;
  started.push(stopOf(value));
  if (stopping) await new Promise(() => {}); // stopEverything exits the process
  return value;
}

try {
  const stack = await step(ensureStack({ database: process.env.YJI_DATABASE ?? 'yji', log }), (s) => s.stop);
  console.log(`yji stack is up:\n${describeStack(stack)}`);
  if (withServices) {
    const services = await step(startServices(stack, log), (s) => s.stop);
    await step(services.ready(), () => async () => {});
    const where = Object.entries(services.ports)
      .map(([name, port]) => `  ${name.padEnd(13)} http://127.0.0.1:${port}`)
      .join('\n');
    console.log(`yji is ready: every service answers /ready and the worker polls.\n${where}`);
    if (services.ports.portal) openWebApp(`http://127.0.0.1:${services.ports.portal}`, log);
  }
  console.log('Ctrl-C to stop.');
} catch (error) {
  log(`start-up failed: ${(error as Error).message}`);
  await stopEverything(1);
}
