import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '@yji/dev-idp';
import { runDevToken } from './dev-token.ts';

async function run(...args: string[]) {
  const printed: string[] = [];
  const code = await runDevToken(args, (text) => printed.push(text));
  return { code, output: printed.join('\n') };
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());

describe('yji dev-token', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'yji-cli-dev-token-'));
    vi.stubEnv('YJI_DATA_DIR', dataDir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints one token for a seeded user and the roles the seed grants', async () => {
    const { code, output } = await run('--user', 'lead-1', '--role', 'lead-inspector');
    expect(code).toBe(0);
    expect(output).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(claimsOf(output)).toMatchObject({
      sub: 'lead-1',
      roles: ['lead-inspector'],
      iss: DEV_ISSUER,
      aud: DEV_AUDIENCE,
    });
  });

  it('refuses an unknown user, a role the user does not have, or a missing option, naming it', async () => {
    await expect(run('--user', 'nobody', '--role', 'inspector')).rejects.toThrow(
      /^unknown user "nobody"; seeded users: lead-1, inspector-1/,
    );
    await expect(run('--user', 'inspector-1', '--role', 'lead-inspector')).rejects.toThrow(
      'user "inspector-1" does not have the role "lead-inspector" (granted: inspector)',
    );
    await expect(run('--user', 'inspector-1')).rejects.toThrow(
      '--role: is required\nUsage: yji dev-token --user <id> --role <role>',
    );
  });
});
