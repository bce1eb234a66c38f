// The key that encrypts workflow payloads on a development machine: made once and kept under the data
// folder, so workflows started before a restart can still be read after it. Production sets
// YJI_PAYLOAD_KEYS from its secret store.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './paths.ts';

export function devPayloadKeys(): string {
  if (process.env.YJI_PAYLOAD_KEYS) return process.env.YJI_PAYLOAD_KEYS;
  const file = join(paths.dataDir, 'payload-keys');
  if (!existsSync(file)) {
    mkdirSync(paths.dataDir, { recursive: true });
    writeFileSync(file, `dev:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
