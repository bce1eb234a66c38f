// DATABASE_URL's TLS parameters, read as libpq reads them, become pg's `ssl` option.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { poolConfigFor } from '../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'yji-pg-tls-'));
const ca = join(dir, 'ca.pem');
writeFileSync(ca, 'THE CA');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ssl = (query: string) =>
  poolConfigFor(`postgresql://yji@db.example.org:5432/yji${query}`, 'inspection').ssl;

describe('sslmode in DATABASE_URL', () => {
  it('is off by default and with disable', () => {
    expect(ssl('')).toBe(false);
    expect(ssl('?sslmode=disable')).toBe(false);
  });

  it('encrypts without checking the certificate with require', () => {
    expect(ssl('?sslmode=require')).toEqual({ rejectUnauthorized: false });
  });

  it('checks the certificate against sslrootcert with verify-full, and skips only the name with verify-ca', () => {
    expect(ssl(`?sslmode=verify-full&sslrootcert=${ca}`)).toEqual({ rejectUnauthorized: true, ca: 'THE CA' });
    expect(ssl('?sslmode=verify-full')).toEqual({ rejectUnauthorized: true });
    const verifyCa = ssl(`?sslmode=verify-ca&sslrootcert=${ca}`) as { checkServerIdentity: () => unknown };
    expect(verifyCa).toMatchObject({ rejectUnauthorized: true, ca: 'THE CA' });
    expect(verifyCa.checkServerIdentity()).toBeUndefined();
  });

  it('refuses a mode that would fall back to plain text', () => {
    expect(() => ssl('?sslmode=prefer')).toThrow(
      'sslmode must be one of disable, require, verify-ca, verify-full',
    );
  });

  it('keeps the pool size and the schema', () => {
    expect(poolConfigFor('postgresql://yji@db:5432/yji', 'fieldwork', 4)).toMatchObject({
      max: 4,
      options: '-c search_path="fieldwork"',
    });
  });
});
