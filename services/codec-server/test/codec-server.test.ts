// The codec server decodes what yji's codec encoded, for an operator only, and lets the Temporal UI's
// origin (and no other) call it from a browser. Every use is audited in its own schema before it is
// answered (who, which namespace, how many payloads, the outcome; never what they hold), and a use that
// cannot be audited is not answered.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/common';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import { loadConfig } from '@yji/service-kit';
import { EncryptionCodec, parsePayloadKeys } from '@yji/workflows';
import { codecConfig, startCodecServer } from '../src/index.ts';
import { createDb, type CodecDb } from '../src/db.ts';
import { toJson } from '../src/payload-json.ts';

const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const UI = 'http://temporal-ui.example.org:8080';
const secret = { caseRef: 'C0007', reason: 'care experienced; home YJS did not assess' };

let dataDir: string;
let idp: DevIdp;
let server: Awaited<ReturnType<typeof startCodecServer>>;
/** The codec server's schema, read as an auditor would. */
let db: CodecDb;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'yji-codec-'));
  idp = await startDevIdp({ port: 0, dataDir });
  const config = loadConfig(codecConfig, {
    PORT: '0',
    DATABASE_URL: inject('databaseUrl'),
    YJI_PAYLOAD_KEYS: KEYS,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: idp.issuer,
    AUTH_AUDIENCE: idp.audience,
    CODEC_CORS_ORIGINS: UI,
  });
  server = await startCodecServer(config, { logger: false });
  db = createDb(inject('databaseUrl'));
});
afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await idp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const operator = (userId = 'ops-1') => idp.sign(userId, ['yji-operator'], { allowUnseeded: true });
const post = (path: string, body: unknown, token?: string, url = server.url) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-namespace': 'default',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

async function encrypted() {
  const codec = new EncryptionCodec(parsePayloadKeys(KEYS));
  return toJson(await codec.encode([defaultPayloadConverter.toPayload(secret)!]));
}

describe('the codec server', () => {
  it('decodes what the codec encoded, for an operator', async () => {
    const sealed = await encrypted();
    expect(JSON.stringify(sealed)).not.toContain('C0007');
    const response = await post('/decode', sealed, await operator());
    expect(response.status).toBe(200);
    const [payload] = ((await response.json()) as { payloads: { data: string }[] }).payloads;
    expect(JSON.parse(Buffer.from(payload!.data, 'base64').toString('utf8'))).toEqual(secret);
  });

  it('encodes, and what it encodes decodes again', async () => {
    const plain = toJson([defaultPayloadConverter.toPayload(secret)!]);
    const sealed = await (await post('/encode', plain, await operator())).json();
    expect(JSON.stringify(sealed)).not.toContain('C0007');
    const opened = await (await post('/decode', sealed, await operator())).json();
    expect(opened).toEqual(plain);
  });

  it('refuses without a token, and a person without the operator role', async () => {
    const sealed = await encrypted();
    const anonymous = await post('/decode', sealed);
    expect(anonymous.status).toBe(401);
    const lead = await post('/decode', sealed, await idp.sign('lead-1', ['lead-inspector']));
    expect(lead.status).toBe(403);
    for (const refused of [anonymous, lead]) expect(await refused.text()).not.toContain('C0007');
  });

  it('says a payload it cannot decrypt is undecodable, without the payload', async () => {
    const other = new EncryptionCodec(parsePayloadKeys(`k9:${randomBytes(32).toString('base64')}`));
    const foreign = toJson(await other.encode([defaultPayloadConverter.toPayload(secret)!]));
    const response = await post('/decode', foreign, await operator());
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('undecodable');
  });

  it('answers the Temporal UI’s preflight, and no other origin’s', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,x-namespace',
        },
      });
    const fromUi = await preflight(UI);
    expect(fromUi.status).toBe(204);
    expect(fromUi.headers.get('access-control-allow-origin')).toBe(UI);
    const fromElsewhere = await preflight('https://elsewhere.example');
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the codec server’s audit log', () => {
  // The suite's database outlives a run: each run's operators are its own.
  const run = randomBytes(4).toString('hex');
  const who = (name: string) => `${name}-${run}`;
  const entriesOf = (actorId: string) =>
    db.auditEntry.findMany({ where: { actorId }, orderBy: { at: 'asc' } });

  it('records each decode and encode: who, the namespace, how many payloads, the outcome; never what', async () => {
    const sealed = await encrypted();
    const decoded = await post(
      '/decode',
      { payloads: [...sealed.payloads, ...sealed.payloads] },
      await operator(who('ops-audit')),
    );
    expect(decoded.status).toBe(200);
    const plain = toJson([defaultPayloadConverter.toPayload(secret)!]);
    expect((await post('/encode', plain, await operator(who('ops-audit')))).status).toBe(200);

    const entries = await entriesOf(who('ops-audit'));
    expect(entries).toMatchObject([
      {
        actorRoles: ['yji-operator'],
        action: 'payloads.decoded',
        entityType: 'temporal-namespace',
        entityId: 'default',
        inspectionId: null,
        details: { namespace: 'default', payloads: 2, outcome: 'decoded' },
      },
      {
        action: 'payloads.encoded',
        entityId: 'default',
        details: { namespace: 'default', payloads: 1, outcome: 'encoded' },
      },
    ]);
    for (const entry of entries) expect(entry.requestId).toEqual(expect.any(String));
    const written = JSON.stringify(entries);
    for (const content of ['C0007', 'care experienced', sealed.payloads[0]!.data, plain.payloads[0]!.data])
      expect(written).not.toContain(content);
  });

  it('records a payload it could not decode as undecodable', async () => {
    const other = new EncryptionCodec(parsePayloadKeys(`k9:${randomBytes(32).toString('base64')}`));
    const foreign = toJson(await other.encode([defaultPayloadConverter.toPayload(secret)!]));
    expect((await post('/decode', foreign, await operator(who('ops-foreign')))).status).toBe(422);
    expect(await entriesOf(who('ops-foreign'))).toMatchObject([
      { action: 'payloads.decoded', details: { namespace: 'default', payloads: 1, outcome: 'undecodable' } },
    ]);
  });

  it('records nothing for a caller it refuses', async () => {
    const sealed = await encrypted();
    expect(
      (
        await post(
          '/decode',
          sealed,
          await idp.sign(who('lead'), ['lead-inspector'], { allowUnseeded: true }),
        )
      ).status,
    ).toBe(403);
    expect(await entriesOf(who('lead'))).toEqual([]);
  });

  /** A codec server whose database is out of reach: nothing listens on port 1, so every statement fails. */
  async function withUnreachableDatabase(work: (url: string) => Promise<void>) {
    const unaudited = await startCodecServer(
      loadConfig(codecConfig, {
        PORT: '0',
        DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/yji',
        YJI_PAYLOAD_KEYS: KEYS,
        AUTH_JWKS_URL: idp.jwksUrl,
        AUTH_ISSUER: idp.issuer,
        AUTH_AUDIENCE: idp.audience,
      }),
      { logger: false },
    );
    try {
      await work(unaudited.url);
    } finally {
      await unaudited.stop();
    }
  }

  it('is ready only while its database answers', async () => {
    expect(await (await fetch(`${server.url}/ready`)).json()).toMatchObject({ checks: { postgres: 'ok' } });
    await withUnreachableDatabase(async (url) => {
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { postgres: 'unavailable' } });
    });
  });

  it('returns no payload it could not audit', async () => {
    const sealed = await encrypted();
    await withUnreachableDatabase(async (url) => {
      const response = await post('/decode', sealed, await operator(who('ops-unaudited')), url);
      expect(response.status).toBeGreaterThanOrEqual(500);
      const body = await response.text();
      expect(body).not.toContain('C0007');
      expect(body).not.toContain('payloads');
    });
  });
});
