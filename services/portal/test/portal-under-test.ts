// Starts the portal in this process against the harness's components and identity provider, calling the
// services `startSystem` runs (when given).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { DEV_PORTAL_CLIENT } from '@yji/dev-idp';
import type { LogStream } from '@yji/service-kit';
import { startSystem, testEnvironment, type System } from '../../../tests/harness/index.ts';
import { portalConfig, startPortal, type Portal } from '../src/index.ts';

export async function startPortalUnderTest(
  services?: {
    inspection: { url: string };
    fieldwork: { url: string };
    ratings: { url: string };
    publication: { url: string };
  },
  options: { logStream?: LogStream; env?: Record<string, string> } = {},
) {
  const idp = inject('devIdp');
  const env = testEnvironment();
  return startPortal(
    portalConfig.parse({
      DATABASE_URL: env.DATABASE_URL,
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      AUTH_ISSUER: idp.issuer,
      AUTH_CLIENT_ID: DEV_PORTAL_CLIENT.clientId,
      AUTH_CLIENT_SECRET: DEV_PORTAL_CLIENT.clientSecret,
      ...(services
        ? {
            INSPECTION_API_URL: services.inspection.url,
            FIELDWORK_API_URL: services.fieldwork.url,
            RATINGS_API_URL: services.ratings.url,
            PUBLICATION_API_URL: services.publication.url,
          }
        : {}),
      ...options.env,
    }),
    options.logStream ? { logStream: options.logStream } : { logger: false },
  );
}

/**
 * For one file's tests: the services, started with `env`, and a portal calling them; started before the
 * tests and stopped after. Read both inside a test (they exist once the file's set-up has run).
 */
export function usePortalOnServices(env: Record<string, string>) {
  let system: System | undefined;
  let portal: Portal | undefined;
  beforeAll(async () => {
    system = await startSystem({ env });
    portal = await startPortalUnderTest(system);
  });
  afterAll(async () => {
    await portal?.stop();
    await system?.stop();
  });
  return { system: () => system!, portal: () => portal! };
}
