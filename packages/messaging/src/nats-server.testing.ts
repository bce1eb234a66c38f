// For this package's tests that run a nats-server of their own: where the binary is and a free port.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** The nats-server the test harness uses: on PATH, or built into the tools folder. */
export function natsServer(): string {
  const found = [join(root, '.tools', 'bin'), ...(process.env.PATH ?? '').split(delimiter)]
    .map((folder) => join(folder, 'nats-server'))
    .find((path) => existsSync(path));
  if (!found) throw new Error('nats-server is not on PATH nor in .tools/bin (the test harness installs it)');
  return found;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
