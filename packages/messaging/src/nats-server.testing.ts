// For this package's tests that run a nats-server of their own: where the binary is (the stack runner's
// lookup: the tools folder, then PATH) and a free port.
import { findExecutable } from '@yji/stack';

export { freePort } from '@yji/stack';

/** The nats-server the test harness uses: on PATH, or built into the tools folder. */
export function natsServer(): string {
  const found = findExecutable('nats-server');
  if (!found) throw new Error('nats-server is not on PATH nor in .tools/bin (the test harness installs it)');
  return found;
}
