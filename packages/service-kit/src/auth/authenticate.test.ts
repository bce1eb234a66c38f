// A service built with createApp, against the development identity provider over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, base64url } from 'jose';
import { z } from 'zod';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import { createApp, type App } from '../create-app.ts';
import { actorOf } from './actor.ts';
import { requireRole } from './require-role.ts';

let dataDir: string;
let idp: DevIdp;
let app: App;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'yji-service-kit-auth-'));
  idp = await startDevIdp({ port: 0, dataDir });
  app = await appTrusting({ jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: idp.audience });
});
afterAll(async () => {
  await app?.close();
  await idp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function appTrusting(auth: { jwksUrl: string; issuer: string; audience: string }) {
  const built = await createApp({ service: 'test', logger: false, readiness: {}, auth });
  built.get('/api/things', async (request) => ({ principal: request.principal, actor: actorOf(request) }));
  built.post(
    '/api/things',
    { onRequest: requireRole('lead-inspector'), schema: { body: z.object({ name: z.string() }) } },
    async (request) => ({ created: request.body.name }),
  );
  await built.ready();
  return built;
}

const getThings = (authorization?: string, target = app) =>
  target.inject({
    method: 'GET',
    url: '/api/things',
    headers: authorization === undefined ? {} : { authorization },
  });

describe('a request with a valid token', () => {
  it('reaches the handler, which finds the caller in request.principal and actorOf(request)', async () => {
    const response = await getThings(`Bearer ${await idp.sign('lead-1', ['lead-inspector'])}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      principal: { userId: 'lead-1', roles: ['lead-inspector'] },
      actor: { userId: 'lead-1', roles: ['lead-inspector'], requestId: expect.any(String) },
    });
  });

  it('keeps the roles yji knows and drops the others', async () => {
    const token = await idp.sign('inspector-1', ['inspector', 'superuser', 'qa-reviewer'], {
      allowUnseeded: true,
    });
    expect((await getThings(`Bearer ${token}`)).json().principal.roles).toEqual(['inspector', 'qa-reviewer']);
  });
});

describe('a request without a good token gets 401, a Bearer challenge, and never its token back', () => {
  const refusals: [string, () => Promise<string | undefined>, string][] = [
    ['no Authorization header', async () => undefined, 'a bearer token is required'],
    ['another scheme', async () => 'Basic bGVhZC0xOnNlY3JldA==', 'a bearer token is required'],
    ['a token that is not a JWT', async () => 'Bearer not-a-jwt', 'the token is not valid'],
    [
      'a bad signature',
      async () => {
        const [header, payload] = (await idp.sign('lead-1', ['lead-inspector'])).split('.');
        const otherSignature = (await idp.sign('inspector-1', ['inspector'])).split('.')[2];
        return `Bearer ${header}.${payload}.${otherSignature}`;
      },
      'the token is not valid',
    ],
    [
      'the wrong issuer',
      async () =>
        `Bearer ${await idp.sign('lead-1', ['lead-inspector'], { issuer: 'https://elsewhere.example' })}`,
      'the token\'s "iss" claim is not valid',
    ],
    [
      'the wrong audience',
      async () => `Bearer ${await idp.sign('lead-1', ['lead-inspector'], { audience: 'another-api' })}`,
      'the token\'s "aud" claim is not valid',
    ],
    [
      'an expired token (beyond the clock tolerance)',
      async () => `Bearer ${await idp.sign('lead-1', ['lead-inspector'], { ttlSeconds: -60 })}`,
      'the token has expired',
    ],
    [
      'alg none',
      async () => {
        const part = (value: object) => base64url.encode(JSON.stringify(value));
        const claims = { sub: 'lead-1', roles: ['lead-inspector'], iss: idp.issuer, aud: idp.audience };
        return `Bearer ${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, exp: 4102444800 })}.`;
      },
      'the token is not valid',
    ],
    [
      'HS256 (a shared secret, not the provider’s key)',
      async () => {
        const token = await new SignJWT({ roles: ['lead-inspector'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('lead-1')
          .setIssuer(idp.issuer)
          .setAudience(idp.audience)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('a secret anyone could guess at all'));
        return `Bearer ${token}`;
      },
      'the token is not valid',
    ],
    [
      'a sub that is not a user id',
      async () => `Bearer ${await idp.sign('not a user id!', ['inspector'], { allowUnseeded: true })}`,
      'the token\'s "sub" claim is not a valid user id',
    ],
  ];

  it.each(refusals)('%s', async (_case, authorization, message) => {
    const header = await authorization();
    const response = await getThings(header);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message } });
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="yji"/);
    const token = header?.split(' ')[1];
    if (token) expect(response.body).not.toContain(token);
  });

  it('refuses a URL that matches no route, so strangers cannot map the API', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/nothing-here' })).statusCode).toBe(401);
  });
});

describe('requireRole', () => {
  it('answers 403 to a caller without the role, before reading the body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { authorization: `Bearer ${await idp.sign('inspector-1', ['inspector'])}` },
      payload: { name: 42 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      error: { code: 'forbidden', message: 'this needs one of the roles: lead-inspector' },
    });
  });

  it('lets a caller with the role through', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { authorization: `Bearer ${await idp.sign('lead-1', ['lead-inspector'])}` },
      payload: { name: 'first' },
    });
    expect(response.json()).toEqual({ created: 'first' });
  });
});

describe('public routes', () => {
  it('answers /health, /ready and /docs without a token; the document declares the bearer scheme', async () => {
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    const document = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(document.statusCode).toBe(200);
    expect(document.json()).toMatchObject({
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    });
  });
});

describe('when the identity provider cannot be reached', () => {
  it('answers 503, not 401: the token may be fine', async () => {
    const closed = await startDevIdp({ port: 0, dataDir });
    await closed.stop();
    const stranded = await appTrusting({
      jwksUrl: closed.jwksUrl,
      issuer: closed.issuer,
      audience: closed.audience,
    });
    try {
      const response = await getThings(`Bearer ${await closed.sign('lead-1', ['lead-inspector'])}`, stranded);
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('unavailable');
    } finally {
      await stranded.close();
    }
  });
});
