// Where the development identity provider listens and keeps its key when the caller does not say, so
// that `pnpm start` and `yji dev-token` (which signs offline with the same key) agree on the issuer.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_IDP_HOST = '127.0.0.1';
export const DEV_IDP_PORT = 3900;
/** The audience dev tokens carry and the services started by `pnpm start` expect. */
export const DEV_AUDIENCE = 'yji';

export const devIssuer = (host: string, port: number) => `http://${host}:${port}`;
export const DEV_ISSUER = devIssuer(DEV_IDP_HOST, DEV_IDP_PORT);

const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');

/** The git-ignored data folder, as the stack runner uses it; read at call time so tests can point it elsewhere. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.YJI_DATA_DIR ?? join(repoRoot, '.data');
}

/** The portal as the development provider knows it: `pnpm start` gives the portal the same id and secret. */
export const DEV_PORTAL_CLIENT = {
  clientId: 'yji-portal',
  clientSecret: 'yji-portal-development-secret',
  portalUrl: 'http://127.0.0.1:3000',
} as const;
