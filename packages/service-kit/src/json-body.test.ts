// JSON bodies through a real app: a bodiless command passes, a broken body is a 400 that echoes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { errorHandler } from './errors.ts';
import { parseJsonBodies } from './json-body.ts';

const app = Fastify();

beforeAll(async () => {
  app.setErrorHandler(errorHandler);
  parseJsonBodies(app);
  app.post('/echo', async (request) => ({ body: request.body ?? null }));
  await app.ready();
});
afterAll(() => app.close());

const post = (payload: string) =>
  app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload });

describe('JSON bodies', () => {
  it('parse as JSON', async () => {
    expect((await post('{"a":1}')).json()).toEqual({ body: { a: 1 } });
  });

  it('may be empty for a command without arguments', async () => {
    const response = await post('');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ body: null });
  });

  it('answer 400 without echoing a broken body', async () => {
    const response = await post('{"name": "Secret Child",');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid-json', message: 'the body is not valid JSON' },
    });
    expect(response.body).not.toContain('Secret');
  });
});
