import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// Imported with the file, not in the test: the workflows package's module graph is large, and on a busy
// machine loading it inside the test took longer than the test's 5 s (a CI rehearsal, 2026-11-28).
import { parsePayloadKeys } from '@yji/workflows';

describe('the development payload key', () => {
  it('is made once and kept, so workflows started before a restart can be read after it', async () => {
    vi.stubEnv('YJI_DATA_DIR', mkdtempSync(join(tmpdir(), 'yji-keys-')));
    vi.stubEnv('YJI_PAYLOAD_KEYS', '');
    vi.resetModules();
    const { devPayloadKeys } = await import('./payload-keys.ts');
    const first = devPayloadKeys();
    expect(parsePayloadKeys(first)).toHaveLength(1);
    expect(devPayloadKeys()).toBe(first);
    vi.unstubAllEnvs();
  });
});
