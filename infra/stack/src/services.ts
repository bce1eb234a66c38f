// Runs the services as child processes against a stack, for `pnpm stack up`. Services with a Prisma
// schema get their migrations applied first. The development identity provider runs in this process,
// and every service trusts it; `pnpm -s yji dev-token` signs tokens it accepts, and the portal (the web app on
// http://127.0.0.1:3000) signs people in at it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_PORTAL_CLIENT, startDevIdp } from '@yji/dev-idp';
import { applyMigrations, findServiceTargets } from '@yji/migrate';
import { paths } from './paths.ts';
import { devPayloadKeys } from './payload-keys.ts';
import { stopServer } from './tools.ts';
import type { Stack } from './stack.ts';
import type { Log } from './part.ts';

/** Each service's HTTP port; the worker has none. */
export const SERVICE_PORTS: Record<string, number> = {
  portal: 3000,
  inspection: 3001,
  fieldwork: 3002,
  ratings: 3005,
};

/** What the portal needs besides what every service gets: its client at the provider and a session secret. */
function portalEnv(port: number): Record<string, string> {
  return {
    PORTAL_URL: `http://127.0.0.1:${port}`,
    AUTH_CLIENT_ID: DEV_PORTAL_CLIENT.clientId,
    AUTH_CLIENT_SECRET: DEV_PORTAL_CLIENT.clientSecret,
    // A new one each start: sessions end with the stack, as the provider's own do.
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
}

function runnableServices(): string[] {
  const servicesDir = join(paths.repoRoot, 'services');
  return readdirSync(servicesDir)
    .filter((name) => existsSync(join(servicesDir, name, 'src', 'main.ts')))
    .sort();
}

export async function startServices(stack: Stack, log: Log): Promise<() => Promise<void>> {
  for (const target of findServiceTargets(paths.repoRoot, stack.databaseUrl)) {
    const applied = await applyMigrations(target);
    log(`${target.schema}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
  }
  const idp = await startDevIdp({ dataDir: paths.dataDir });
  log(
    `development identity provider on ${idp.issuer} (tokens: pnpm -s yji dev-token --user lead-1 --role lead-inspector)`,
  );
  const payloadKeys = devPayloadKeys();
  const children: ChildProcess[] = runnableServices().map((name) => {
    const port = SERVICE_PORTS[name];
    const what = name === 'portal' ? 'the web app' : 'OpenAPI at /docs';
    log(`starting ${name}${port ? ` on http://127.0.0.1:${port} (${what})` : ''}`);
    return spawn(process.execPath, [join('services', name, 'src', 'main.ts')], {
      cwd: paths.repoRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: stack.databaseUrl,
        NATS_URL: stack.natsUrl,
        TEMPORAL_ADDRESS: stack.temporalAddress,
        AUTH_JWKS_URL: idp.jwksUrl,
        AUTH_ISSUER: idp.issuer,
        AUTH_AUDIENCE: idp.audience,
        YJI_PAYLOAD_KEYS: payloadKeys,
        ...(port ? { PORT: String(port) } : {}),
        ...(name === 'portal' && port ? portalEnv(port) : {}),
      },
    });
  });
  return async () => {
    await Promise.all(children.map(stopServer));
    await idp.stop();
  };
}
