import { describe, expect, it } from 'vitest';
import { authOptions, commonEnv, loadConfig } from './config.ts';

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
