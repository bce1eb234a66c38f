// The demo's calls are safe to repeat: each call that changes something carries an Idempotency-Key, and a
// 503 with Retry-After is waited out and sent again with the same key. A plain HTTP server of the test's own
// stands in for the inspection service (it answers 503 once, then 201).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { personOn } from './demo-api.ts';

const received: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  received.push(request.headers);
  request.resume();
  const busy = received.length === 1;
  response.writeHead(busy ? 503 : 201, {
    'content-type': 'application/json',
    ...(busy ? { 'retry-after': '0' } : {}),
  });
  response.end(JSON.stringify(busy ? { error: { code: 'service-busy', message: 'busy' } } : { id: 'x' }));
});
let base: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it('sends a start again after 503 with Retry-After, with the same Idempotency-Key', async () => {
  const addresses = { inspection: base, fieldwork: base, ratings: base, publication: base };
  const lead = personOn(addresses, async () => 'token', 'lead-1', ['lead-inspector']);

  expect(await lead('POST', '/api/inspections', { any: 'body' }, 201)).toEqual({ id: 'x' });

  expect(received).toHaveLength(2);
  const [first, second] = received.map((headers) => headers['idempotency-key']);
  expect(first).toMatch(/^[0-9a-f-]{36}$/);
  expect(second).toBe(first);
});
