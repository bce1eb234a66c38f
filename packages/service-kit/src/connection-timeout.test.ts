// The connection timeout closes connections that carry nothing; it never cuts a request the service is
// still answering. Under load a request may wait longer than it (a decision waiting for its workflow), and
// the client must get the answer, not a dropped connection ("fetch failed", issue 12).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DevIdp } from '@yji/dev-idp';
import { startTestApp } from './test-app.ts';

const CONNECTION_TIMEOUT_MS = 300;

let app: Awaited<ReturnType<typeof startTestApp>>;
let url: string;
beforeAll(async () => {
  app = await startTestApp({ http: { HTTP_CONNECTION_TIMEOUT_MS: CONNECTION_TIMEOUT_MS } }, (routes) => {
    routes.get('/api/slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, CONNECTION_TIMEOUT_MS * 3));
      return { done: true };
    });
    routes.get('/api/quick', async () => ({ done: true }));
  });
  await app.app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.app.server.address() as { port: number }).port}`;
});
afterAll(() => app?.stop());

const bearer = async (idp: DevIdp) => ({
  authorization: `Bearer ${await idp.sign('lead-1', ['lead-inspector'])}`,
});

it('answers a request that takes longer than the connection timeout', async () => {
  const response = await fetch(`${url}/api/slow`, { headers: await bearer(app.idp) });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ done: true });
});

it('answers the next request on the same kept-alive connection after a slow one', async () => {
  const headers = await bearer(app.idp);
  expect((await fetch(`${url}/api/slow`, { headers })).status).toBe(200);
  expect((await fetch(`${url}/api/quick`, { headers })).status).toBe(200);
});

it('still closes a connection that sends nothing for longer than the timeout', async () => {
  const { connect } = await import('node:net');
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  const closedAfter = await new Promise<number>((resolve, reject) => {
    const opened = Date.now();
    socket.on('close', () => resolve(Date.now() - opened));
    socket.on('error', reject);
    setTimeout(() => reject(new Error('the idle connection was not closed')), CONNECTION_TIMEOUT_MS * 10);
  });
  expect(closedAfter).toBeGreaterThanOrEqual(CONNECTION_TIMEOUT_MS - 50);
});
