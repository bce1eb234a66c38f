// For this package's tests: a development identity provider in a temporary folder, and apps that trust it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import { createApp, type App, type AppOptions } from './create-app.ts';

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

/** An app trusting a fresh development identity provider, made ready after `routes` adds its routes. */
export async function startTestApp(
  options: Omit<AppOptions, 'service' | 'readiness' | 'auth'>,
  routes: (app: App) => void,
): Promise<{ idp: DevIdp; app: App; stop: () => Promise<void> }> {
  const { idp, stop } = await startTestIdp();
  const app = await createApp({ service: 'test', readiness: {}, auth: authFor(idp), ...options });
  routes(app);
  await app.ready();
  return {
    idp,
    app,
    stop: async () => {
      await app.close();
      await stop();
    },
  };
}
