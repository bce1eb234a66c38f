// EVENT_RETENTION_MS and OUTBOX_KEEP_PUBLISHED_MS: read by every process that talks to NATS (natsEnv, so the
// services and the worker alike), with defaults of 90 and 7 days, and refused, by name, when shorter than the
// event stream's de-duplication window.
import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS } from '@yji/messaging';
import { commonEnv, loadConfig } from '../config.ts';
import { envSchema } from './env-part.ts';
import { natsEnv } from './nats.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const service = {
  DATABASE_URL: 'postgresql://127.0.0.1:5432/yji',
  AUTH_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
  AUTH_ISSUER: 'https://login.example.org/',
  AUTH_AUDIENCE: 'yji',
  YJI_PAYLOAD_KEYS: 'k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
};
/** What a process without a database (the worker) reads of NATS. */
const nats = envSchema(natsEnv);

describe('how long messaging keeps what it delivered', () => {
  it('keeps events 90 days and published outbox rows 7 days unless told', () => {
    expect(loadConfig(commonEnv, service)).toMatchObject({
      EVENT_RETENTION_MS: 90 * DAY_MS,
      OUTBOX_KEEP_PUBLISHED_MS: 7 * DAY_MS,
    });
    expect(loadConfig(nats, {}).EVENT_RETENTION_MS).toBe(90 * DAY_MS);
  });

  it('takes a number of milliseconds for each', () => {
    const config = loadConfig(commonEnv, {
      ...service,
      EVENT_RETENTION_MS: String(30 * DAY_MS),
      OUTBOX_KEEP_PUBLISHED_MS: String(DUPLICATE_WINDOW_MS),
    });
    expect(config).toMatchObject({
      EVENT_RETENTION_MS: 30 * DAY_MS,
      OUTBOX_KEEP_PUBLISHED_MS: DUPLICATE_WINDOW_MS,
    });
  });

  it.each(['EVENT_RETENTION_MS', 'OUTBOX_KEEP_PUBLISHED_MS'])(
    'refuses %s shorter than the de-duplication window, naming it',
    (variable) => {
      const short = { [variable]: String(DUPLICATE_WINDOW_MS - 1) };
      const refusal = `${variable}: must be at least 600000 (10 minutes, the event stream’s de-duplication window)`;
      expect(() => loadConfig(commonEnv, { ...service, ...short })).toThrow(refusal);
      expect(() => loadConfig(nats, short)).toThrow(refusal);
    },
  );

  it('refuses what is not a number of milliseconds, naming the variable', () => {
    expect(() => loadConfig(commonEnv, { ...service, EVENT_RETENTION_MS: '90d' })).toThrow(
      /EVENT_RETENTION_MS: must be a number of milliseconds/,
    );
    expect(() => loadConfig(commonEnv, { ...service, OUTBOX_KEEP_PUBLISHED_MS: '-1' })).toThrow(
      /OUTBOX_KEEP_PUBLISHED_MS: /,
    );
  });
});
