// What the HTTP edge of every service refuses before a route runs, and how: a body a route does not
// declare, prototype keys, charsets other than UTF-8, an over-long path; each in the catalogue's shape and
// never repeating what was sent (keys and path included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Id } from '@yji/contracts';
import type { App } from './create-app.ts';
import { startTestApp } from './test-app.ts';

let app: App;
let stop: () => Promise<void>;
let authorization: string;
const ID = '9f1c2b3a-1234-4abc-8def-0123456789ab';

beforeAll(async () => {
  let idp;
  ({ idp, app, stop } = await startTestApp({ logger: false }, (built) => {
    built.post(
      '/api/things/:id',
      {
        schema: {
          params: z.strictObject({ id: Id }),
          body: z.strictObject({
            grid: z.record(z.string().max(3), z.string()).optional(),
            name: z.string(),
          }),
        },
      },
      async (request) => ({ id: request.params.id }),
    );
    built.post('/api/things/:id/confirm', { schema: { params: z.strictObject({ id: Id }) } }, async () => ({
      confirmed: true,
    }));
  }));
  authorization = `Bearer ${await idp.sign('lead-1', ['lead-inspector'])}`;
});
afterAll(() => stop?.());

const post = (url: string, payload: string | undefined, contentType = 'application/json') =>
  app.inject({
    method: 'POST',
    url,
    headers: { authorization, ...(payload === undefined ? {} : { 'content-type': contentType }) },
    ...(payload === undefined ? {} : { payload }),
  });

describe('a command without a body', () => {
  it('takes no body, or an empty one', async () => {
    expect((await post(`/api/things/${ID}/confirm`, undefined)).statusCode).toBe(200);
    expect((await post(`/api/things/${ID}/confirm`, '')).statusCode).toBe(200);
  });

  it.each(['null', '[]', '123', '"x"', '{}', '{"__proto__":{"admin":true}}'])(
    'refuses %s with 400',
    async (body) => {
      const response = await post(`/api/things/${ID}/confirm`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toMatch(/^(invalid-request|reserved-key)$/);
    },
  );
});

describe('JSON bodies', () => {
  it.each(['__proto__', 'constructor'])('refuse the key %s anywhere, without naming it', async (key) => {
    const response = await post(`/api/things/${ID}`, `{"name":"x","grid":{"${key}":{"prototype":{"a":1}}}}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('reserved-key');
    expect(response.body).not.toContain(key);
  });

  it.each(['utf-16', 'UTF-16LE', 'iso-8859-1', 'x-unknown'])('in charset %s answer 415', async (charset) => {
    const response = await post(`/api/things/${ID}`, '{"name":"x"}', `application/json; charset=${charset}`);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported-charset');
    expect(response.body).not.toContain(charset);
  });

  it('in UTF-8, said or not, are read', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json;charset="UTF-8"',
    ])
      expect((await post(`/api/things/${ID}`, '{"name":"x"}', type)).statusCode, type).toBe(200);
  });
});

describe('refusals repeat nothing that was sent', () => {
  it('names neither record keys nor unknown keys', async () => {
    const response = await post(`/api/things/${ID}`, '{"name":"x","grid":{"SecretKey":"v"},"ChildName":1}');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid-request');
    expect(response.body).not.toContain('SecretKey');
    expect(response.body).not.toContain('ChildName');
    expect(
      response
        .json()
        .error.details.map((issue: { field: string }) => issue.field)
        .sort(),
    ).toEqual(['body', 'body.grid.*']);
  });

  it('answers an over-long path 414 in the catalogue shape, without the path', async () => {
    const response = await post(`/api/things/${'SECRET'.repeat(40)}`, '{"name":"x"}');
    expect(response.statusCode).toBe(414);
    expect(response.json()).toEqual({ error: { code: 'uri-too-long', message: 'the address is too long' } });
  });

  it('answers a malformed path 400 in the catalogue shape, without the path', async () => {
    const response = await post(`/api/things/%E0%A4%A-SECRET`, '{"name":"x"}');
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('SECRET');
    expect(response.json().error.code).toBe('malformed-url');
  });
});

describe('ids', () => {
  it('an upper-case copy of an id reaches the route as the id', async () => {
    const response = await post(`/api/things/${ID.toUpperCase()}`, '{"name":"x"}');
    expect(response.json()).toEqual({ id: ID });
  });
});
