// Every refusal a service gives, its own or the HTTP framework's, in the catalogue's shape and status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '@yji/contracts';
import { errorHandler, errorResponses, HttpError, routeNotFound } from './errors.ts';

const app = Fastify().withTypeProvider<ZodTypeProvider>();

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(routeNotFound);
  app.post(
    '/things',
    {
      bodyLimit: 64,
      schema: {
        body: z.strictObject({ name: z.string().max(5) }),
        response: { 201: z.object({ name: z.string() }), ...errorResponses(400, 409, 413) },
      },
    },
    async (request, reply) => {
      if (request.body.name === 'taken')
        throw new HttpError(problem('not-allowed-now', { reason: 'it is taken' }));
      if (request.body.name === 'crash') throw new Error('the database said something about Jo Bloggs');
      return reply.status(201).send(request.body);
    },
  );
  await app.ready();
});
afterAll(() => app.close());

const post = (payload: unknown, contentType = 'application/json') =>
  app.inject({
    method: 'POST',
    url: '/things',
    headers: { 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('refusals', () => {
  it('a problem thrown by a route answers with its status, code and message', async () => {
    const response = await post({ name: 'taken' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'not-allowed-now', message: 'it is taken' } });
  });

  it('a body that does not fit its schema names each field, never the value', async () => {
    const response = await post({ name: 'far too long', extra: 'Jo Bloggs' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid-request');
    expect(error.details.map((issue: { field: string }) => issue.field).sort()).toEqual([
      'body',
      'body.name',
    ]);
    expect(response.body).not.toContain('far too long');
  });

  it("the framework's own refusals take the catalogue's codes", async () => {
    const large = await post({ name: 'x'.repeat(100) });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toEqual({ error: { code: 'too-large', message: 'the body is too large' } });
    const unsupported = await post('name=x', 'application/x-www-form-urlencoded');
    expect(unsupported.statusCode).toBe(415);
    expect(unsupported.json().error.code).toBe('unsupported-media-type');
  });

  it('a route that does not exist answers in the same shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not-found', message: 'route not found' } });
  });

  it('a crash answers 500 internal, saying nothing of what failed', async () => {
    const response = await post({ name: 'crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: 'something went wrong; it has been logged' },
    });
  });
});
