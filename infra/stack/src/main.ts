// pnpm stack          bring up PostgreSQL, NATS JetStream and Temporal (reusing what runs) and wait
// pnpm stack up       the same, then apply migrations and run every service and the worker
// Ctrl-C stops what this process started, and only that.
import { describeStack, ensureStack } from './stack.ts';
import { startServices } from './services.ts';

const log = (line: string) => console.log(`[stack] ${line}`);
const withServices = process.argv.includes('up');

const stack = await ensureStack({ database: process.env.YJI_DATABASE ?? 'yji', log });
console.log(`yji stack is up:\n${describeStack(stack)}`);
const stopServices = withServices ? await startServices(stack, log) : async () => {};
console.log('Ctrl-C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log('stopping what this run started');
    void stopServices()
      .then(() => stack.stop())
      .then(() => process.exit(0));
  });
}
