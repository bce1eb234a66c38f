// For this package's tests: a development identity provider in a temporary folder, and apps that trust it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';

export async function startTestIdp(): Promise<{ idp: DevIdp; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yji-service-kit-'));
  const idp = await startDevIdp({ port: 0, dataDir });
  return {
    idp,
    stop: async () => {
      await idp.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const authFor = (idp: DevIdp) => ({
  jwksUrl: idp.jwksUrl,
  issuer: idp.issuer,
  audience: idp.audience,
});
