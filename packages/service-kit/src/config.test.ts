import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonEnv, loadConfig } from './config.ts';
import { authOptions } from './env/auth.ts';
import { envSchema } from './env/env-part.ts';
import { natsEnv, natsSecurity } from './env/nats.ts';
import { temporalConnectionOptions, temporalEnv } from './env/temporal.ts';

const env = {
  DATABASE_URL: 'postgresql://127.0.0.1:5432/yji',
  AUTH_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
  AUTH_ISSUER: 'https://login.example.org/',
  AUTH_AUDIENCE: 'yji',
  YJI_PAYLOAD_KEYS: 'k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
};

describe('the AUTH_* variables', () => {
  it('give createApp its auth option', () => {
    expect(authOptions(loadConfig(commonEnv, env))).toEqual({
      jwksUrl: 'https://login.example.org/.well-known/jwks.json',
      issuer: 'https://login.example.org/',
      audience: 'yji',
    });
  });

  it('are required, and named when missing', () => {
    expect(() => loadConfig(commonEnv, { DATABASE_URL: env.DATABASE_URL })).toThrow(
      /AUTH_JWKS_URL: .*AUTH_ISSUER: .*AUTH_AUDIENCE: /,
    );
  });

  it('take plain http for the key set only from this machine', () => {
    for (const local of ['http://127.0.0.1:3900/.well-known/jwks.json', 'http://localhost:3900/jwks']) {
      expect(loadConfig(commonEnv, { ...env, AUTH_JWKS_URL: local }).AUTH_JWKS_URL).toBe(local);
    }
    for (const [url, message] of [
      ['http://idp.internal/jwks', 'must be https:// (http:// only for localhost or 127.0.0.1)'],
      ['ftp://idp.example.org/jwks', 'must be an http(s) URL'],
    ]) {
      expect(() => loadConfig(commonEnv, { ...env, AUTH_JWKS_URL: url })).toThrow(
        `AUTH_JWKS_URL: ${message}`,
      );
    }
    const named = {
      ...env,
      AUTH_JWKS_URL: 'http://dev-idp:3900/.well-known/jwks.json',
      AUTH_JWKS_HTTP_HOSTS: 'dev-idp',
    };
    expect(loadConfig(commonEnv, named).AUTH_JWKS_URL).toBe(named.AUTH_JWKS_URL);
    expect(() => loadConfig(commonEnv, { ...named, AUTH_JWKS_HTTP_HOSTS: 'other' })).toThrow(
      'AUTH_JWKS_URL: must be https://',
    );
  });
});

describe('Temporal: the variables Temporal’s own tools read', () => {
  const temporal = envSchema(temporalEnv);
  const dir = mkdtempSync(join(tmpdir(), 'yji-config-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const cert = file('client.pem', 'CERT');
  const key = file('client.key', 'KEY');
  const ca = file('ca.pem', 'CA');

  it('connect in plain text by default', () => {
    expect(temporalConnectionOptions(loadConfig(temporal, {}))).toEqual({ address: '127.0.0.1:7233' });
  });

  it('give mutual TLS from files, with the CA and the server name', () => {
    const options = temporalConnectionOptions(
      loadConfig(temporal, {
        TEMPORAL_ADDRESS: 'temporal.internal:7233',
        TEMPORAL_TLS_CLIENT_CERT_PATH: cert,
        TEMPORAL_TLS_CLIENT_KEY_PATH: key,
        TEMPORAL_TLS_SERVER_CA_CERT_PATH: ca,
        TEMPORAL_TLS_SERVER_NAME: 'temporal',
      }),
    );
    expect(options).toEqual({
      address: 'temporal.internal:7233',
      tls: {
        clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
        serverRootCACertificate: Buffer.from('CA'),
        serverNameOverride: 'temporal',
      },
    });
  });

  it('turn TLS on with an API key (Temporal Cloud), unless told not to', () => {
    const cloud = { TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_API_KEY: 'secret' };
    expect(temporalConnectionOptions(loadConfig(temporal, cloud))).toEqual({
      address: cloud.TEMPORAL_ADDRESS,
      tls: true,
      apiKey: 'secret',
    });
    expect(temporalConnectionOptions(loadConfig(temporal, { ...cloud, TEMPORAL_TLS: 'false' }))).toEqual({
      address: cloud.TEMPORAL_ADDRESS,
      apiKey: 'secret',
    });
  });

  it('refuse half a client pair, a path and data at once, or a missing file, naming the variable', () => {
    expect(() => loadConfig(temporal, { TEMPORAL_TLS_CLIENT_CERT_PATH: cert })).toThrow(
      'TEMPORAL_TLS_CLIENT_KEY_PATH: a client certificate needs its key',
    );
    expect(() =>
      loadConfig(temporal, { TEMPORAL_TLS_SERVER_CA_CERT_PATH: ca, TEMPORAL_TLS_SERVER_CA_CERT_DATA: 'CA' }),
    ).toThrow('TEMPORAL_TLS_SERVER_CA_CERT_DATA: set TEMPORAL_TLS_SERVER_CA_CERT_PATH or');
    expect(() => loadConfig(temporal, { TEMPORAL_TLS_SERVER_CA_CERT_PATH: join(dir, 'nope.pem') })).toThrow(
      'TEMPORAL_TLS_SERVER_CA_CERT_PATH: must name a file this process can read',
    );
  });

  it('for NATS too: credentials and TLS files, checked the same way', () => {
    const nats = envSchema(natsEnv);
    expect(natsSecurity(loadConfig(nats, { NATS_CREDS: cert, NATS_CA: ca }))).toMatchObject({
      credsFile: cert,
      caFile: ca,
    });
    expect(() => loadConfig(nats, { NATS_CREDS: cert, NATS_NKEY: key })).toThrow(
      'NATS_NKEY: set NATS_CREDS or NATS_NKEY, not both',
    );
    expect(() => loadConfig(nats, { NATS_KEY: key })).toThrow(
      'NATS_CERT: a client certificate needs its key',
    );
  });
});

describe('the rest of a service’s environment', () => {
  it('takes libpq’s sslmode and sslrootcert in DATABASE_URL, and a pool size', () => {
    const url = `${env.DATABASE_URL}?sslmode=verify-full`;
    expect(loadConfig(commonEnv, { ...env, DATABASE_URL: url, DATABASE_POOL_SIZE: '4' })).toMatchObject({
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: 4,
    });
    expect(() =>
      loadConfig(commonEnv, { ...env, DATABASE_URL: `${env.DATABASE_URL}?sslmode=prefer` }),
    ).toThrow('DATABASE_URL: sslmode must be one of disable, require, verify-ca, verify-full');
    expect(() =>
      loadConfig(commonEnv, {
        ...env,
        DATABASE_URL: `${env.DATABASE_URL}?sslmode=verify-ca&sslrootcert=/nope`,
      }),
    ).toThrow('DATABASE_URL: sslrootcert must name a file this process can read');
  });

  it('checks the payload keys’ form without repeating them', () => {
    const bad = 'k1:not-thirty-two-bytes';
    expect(() => loadConfig(commonEnv, { ...env, YJI_PAYLOAD_KEYS: bad })).toThrow(
      /^invalid configuration: YJI_PAYLOAD_KEYS: must be <id>:<32 bytes in base64>, comma-separated$/,
    );
  });

  it('parses LOG_LEVEL and the HTTP limits, and keeps the header timeout within the request timeout', () => {
    const proxies = 'loopback,10.0.0.0/8';
    const config = loadConfig(commonEnv, { ...env, LOG_LEVEL: 'warn', HTTP_TRUST_PROXY: proxies });
    expect(config).toMatchObject({ LOG_LEVEL: 'warn', HTTP_TRUST_PROXY: proxies, RATE_LIMIT_MAX: 600 });
    // Fastify 5 trusts no proxy given a number of hops: refused rather than silently ignored.
    expect(() => loadConfig(commonEnv, { ...env, HTTP_TRUST_PROXY: '1' })).toThrow(
      'HTTP_TRUST_PROXY: give the proxies’ addresses or ranges',
    );
    expect(() => loadConfig(commonEnv, { ...env, LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL: must be one of');
    expect(() =>
      loadConfig(commonEnv, { ...env, HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' }),
    ).toThrow('HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS');
  });
});
