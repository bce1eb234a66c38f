// Stopping: requests in flight finish within the grace period (exit 0); one that outlasts it is reported
// and the process exits non-zero, never silently.
import { afterEach, describe, expect, it } from 'vitest';
import type { DevIdp } from '@yji/dev-idp';
import { createApp } from './create-app.ts';
import { closeOnSignals } from './shutdown.ts';
import { authFor, startTestIdp } from './test-app.ts';

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function slowApp(graceMs: number, lines: string[]) {
  const { idp, stop } = await startTestIdp();
  stops.push(stop);
  const app = await createApp({
    service: 'test',
    readiness: {},
    auth: authFor(idp),
    http: { SHUTDOWN_GRACE_MS: graceMs },
    logStream: { write: (line) => void lines.push(line) },
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  app.get('/api/slow', async () => {
    await released;
    return { done: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  stops.unshift(() => app.close());
  return { app, idp, release, url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}

/** Sends a request to the slow route; resolves, with its response to come, once the server has it. */
async function inFlight(idp: DevIdp, url: string, lines: string[]) {
  const token = await idp.sign('lead-1', ['lead-inspector']);
  const response = fetch(`${url}/api/slow`, { headers: { authorization: `Bearer ${token}` } });
  while (!lines.some((line) => line.includes('"route":"/api/slow"'))) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { response };
}

describe('shutdown', () => {
  it('lets a request in flight finish, then cleans up and exits 0', async () => {
    const lines: string[] = [];
    const { app, idp, release, url } = await slowApp(5_000, lines);
    const { response } = await inFlight(idp, url, lines);
    const exits: number[] = [];
    let cleaned = false;
    const shutdown = closeOnSignals(
      app,
      async () => void (cleaned = true),
      (code) => void exits.push(code),
    );
    const stopping = shutdown('SIGTERM');
    setTimeout(release, 200);
    expect((await response).status).toBe(200);
    await stopping;
    expect(cleaned).toBe(true);
    expect(exits).toEqual([0]);
  });

  it('exits 1 naming the open requests when the grace period runs out', async () => {
    const lines: string[] = [];
    const { app, idp, release, url } = await slowApp(300, lines);
    const { response } = await inFlight(idp, url, lines);
    const exits: number[] = [];
    const shutdown = closeOnSignals(
      app,
      async () => {},
      (code) => void exits.push(code),
    );
    await shutdown('SIGTERM').finally(release);
    expect(exits).toEqual([1]);
    const over = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg.startsWith('grace period'));
    expect(over).toMatchObject({ openRequests: 1, graceMs: 300 });
    await response.catch(() => undefined);
  });
});
