// The one ES256 key pair the development identity provider signs with. Made the first time and kept in
// <data dir>/dev-idp/signing-key.json (owner-only), so tokens stay valid across restarts and the CLI can
// sign offline with the key the running provider publishes.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { z } from 'zod';

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** What the JWKS endpoint publishes. */
  publicJwk: JWK;
  /** The key pair as the OpenID Provider takes it to sign ID and access tokens. */
  privateJwk: JWK;
}

const storedKey = z.object({
  kid: z.string().min(1),
  privateJwk: z.looseObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string(),
    y: z.string(),
    d: z.string(),
  }),
});

export function signingKeyPath(dataDir: string): string {
  return join(dataDir, 'dev-idp', 'signing-key.json');
}

export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const path = signingKeyPath(dataDir);
  const text = readIfExists(path) ?? (await createKeyFile(path));
  const parsed = storedKey.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${path} is not a dev IdP signing key; delete it and a new one will be made`);
  }
  const { kid, privateJwk } = parsed.data;
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, SIGNING_ALGORITHM)) as CryptoKey;
  const published = { kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  return {
    kid,
    privateKey,
    publicJwk: { ...publicJwk, ...published },
    privateJwk: { ...privateJwk, ...published },
  };
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a new key beside its final name and hard-links it into place: the link fails if another
 * process got there first, so two concurrent starts end up sharing one key and nobody reads half a file.
 */
async function createKeyFile(path: string): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  const text = JSON.stringify({ kid, privateJwk: await exportJWK(privateKey) }, null, 2);
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readFileSync(path, 'utf8');
}
