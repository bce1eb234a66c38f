// The codec server decodes what yji's codec encoded, for an operator only, and lets the Temporal UI's
// origin (and no other) call it from a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/common';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import { loadConfig } from '@yji/service-kit';
import { EncryptionCodec, parsePayloadKeys } from '@yji/workflows';
import { codecConfig, startCodecServer } from '../src/index.ts';
import { toJson } from '../src/payload-json.ts';

const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const UI = 'http://temporal-ui.example.org:8080';
const secret = { caseRef: 'C0007', reason: 'care experienced; home YJS did not assess' };

let dataDir: string;
let idp: DevIdp;
let server: Awaited<ReturnType<typeof startCodecServer>>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'yji-codec-'));
  idp = await startDevIdp({ port: 0, dataDir });
  const config = loadConfig(codecConfig, {
    PORT: '0',
    YJI_PAYLOAD_KEYS: KEYS,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: idp.issuer,
    AUTH_AUDIENCE: idp.audience,
    CODEC_CORS_ORIGINS: UI,
  });
  server = await startCodecServer(config, { logger: false });
});
afterAll(async () => {
  await server?.stop();
  await idp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const operator = () => idp.sign('ops-1', ['yji-operator'], { allowUnseeded: true });
const post = (path: string, body: unknown, token?: string) =>
  fetch(`${server.url}${path}`, {
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
