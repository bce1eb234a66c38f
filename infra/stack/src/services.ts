// Runs the services as supervised child processes against a stack, for `pnpm stack up`. Services with a
// Prisma schema get their migrations applied first, and the web app's people directory the development
// identity provider's people (rememberSeededPeople). The development identity provider runs in this
// process, and every service trusts it; `pnpm -s yji dev-token` signs tokens it accepts. Each service's
// output also goes to <data folder>/logs/<service>.log.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEV_PORTAL_CLIENT, rememberSeededPeople, startDevIdp } from '@yji/dev-idp';
import { applyMigrations, findServiceTargets } from '@yji/migrate';
import { paths } from './paths.ts';
import { devPayloadKeys } from './payload-keys.ts';
import { supervise, type Supervised } from './supervisor.ts';
import type { Stack } from './stack.ts';
import type { Log } from './part.ts';

/** Each service's port as its own configuration defaults to it; any other service comes after these. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  portal: 3000,
  inspection: 3001,
  fieldwork: 3002,
  worker: 3003,
  'codec-server': 3004,
  ratings: 3005,
  publication: 3006,
};
const FIRST_OTHER_PORT = 3007;
/** YJI_PORT_BASE is the inspection service's port; the others keep their distance from it. */
const INSPECTION_PORT = DEFAULT_PORTS.inspection!;

function runnableServices(): string[] {
  const servicesDir = join(paths.repoRoot, 'services');
  return readdirSync(servicesDir)
    .filter((name) => existsSync(join(servicesDir, name, 'src', 'main.ts')))
    .sort();
}

/** Each service's HTTP port (the worker's answers only /health and /ready), shifted so inspection's is `base`. */
export function servicePorts(names: readonly string[], base: number): Record<string, number> {
  const others = names.filter((name) => DEFAULT_PORTS[name] === undefined);
  const port = (name: string) => DEFAULT_PORTS[name] ?? FIRST_OTHER_PORT + others.indexOf(name);
  return Object.fromEntries(names.map((name) => [name, port(name) - INSPECTION_PORT + base]));
}

export interface RunningServices {
  ports: Record<string, number>;
  processes: Supervised[];
  /** Resolves once every service's /ready answers 200; logs which are still waited for, now and then. */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

async function answersReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function startServices(stack: Stack, log: Log): Promise<RunningServices> {
  for (const target of findServiceTargets(paths.repoRoot, stack.databaseUrl)) {
    const { applied, baselined } = await applyMigrations(target);
    if (baselined.length)
      log(`${target.schema}: baselined ${baselined.join(', ')} (the squashed history was applied)`);
    log(`${target.schema}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
  }
  const added = await rememberSeededPeople(stack.databaseUrl);
  log(`people directory: ${added} of the development identity provider's people added, as if signed in once`);
  const names = runnableServices();
  const ports = servicePorts(names, Number(process.env.YJI_PORT_BASE ?? INSPECTION_PORT));
  const local = (name: string) => `http://127.0.0.1:${ports[name]}`;
  const idp = await startDevIdp({
    dataDir: paths.dataDir,
    portal: { portalUrl: local('portal') },
    ...(process.env.YJI_DEV_IDP_PORT ? { port: Number(process.env.YJI_DEV_IDP_PORT) } : {}),
  });
  log(
    `development identity provider on ${idp.issuer} (tokens: pnpm -s yji dev-token --user lead-1 --role lead-inspector)`,
  );
  const payloadKeys = devPayloadKeys();
  /** What a service needs besides what all share: the portal signs people in at the IdP and calls the APIs. */
  const ownEnv: Record<string, NodeJS.ProcessEnv> = {
    portal: {
      PORTAL_URL: local('portal'),
      // Development only: a fresh secret each run, so sessions end when the stack stops.
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      AUTH_CLIENT_ID: DEV_PORTAL_CLIENT.clientId,
      AUTH_CLIENT_SECRET: DEV_PORTAL_CLIENT.clientSecret,
      INSPECTION_API_URL: local('inspection'),
      FIELDWORK_API_URL: local('fieldwork'),
      RATINGS_API_URL: local('ratings'),
      PUBLICATION_API_URL: local('publication'),
    },
  };
  const processes = names.map((name) => {
    const port = ports[name]!;
    const logFile = join(paths.dataDir, 'logs', `${name}.log`);
    log(`starting ${name} on http://127.0.0.1:${port} (log ${logFile})`);
    return supervise(
      {
        name,
        command: process.execPath,
        args: [join('services', name, 'src', 'main.ts')],
        cwd: paths.repoRoot,
        logFile,
        env: {
          ...process.env,
          DATABASE_URL: stack.databaseUrl,
          NATS_URL: stack.natsUrl,
          TEMPORAL_ADDRESS: stack.temporalAddress,
          AUTH_JWKS_URL: idp.jwksUrl,
          AUTH_ISSUER: idp.issuer,
          AUTH_AUDIENCE: idp.audience,
          YJI_PAYLOAD_KEYS: payloadKeys,
          PORT: String(port),
          ...ownEnv[name],
        },
      },
      log,
    );
  });
  return {
    ports,
    processes,
    ready: async () => {
      let waiting = names;
      for (let round = 0; waiting.length > 0; round += 1) {
        const answers = await Promise.all(waiting.map((name) => answersReady(ports[name]!)));
        waiting = waiting.filter((_name, i) => !answers[i]);
        if (waiting.length > 0 && round % 40 === 39) log(`waiting for /ready of: ${waiting.join(', ')}`);
        if (waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    stop: async () => {
      await Promise.all(processes.map((child) => child.stop()));
      await idp.stop();
    },
  };
}
