// Vitest global setup for every test that needs the real components. In order of preference:
// DATABASE_URL, NATS_URL and TEMPORAL_ADDRESS when all are set; else containers where a container engine
// exists; else the local stack runner, which reuses PostgreSQL and Temporal where they run, starts what is
// missing, and gives the run a NATS server of its own.
// Then the services' migrations are applied, so tests start from the current schema, and the development
// identity provider starts on a free port for the services under test to verify tokens against.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { applyMigrations, findServiceTargets } from '@yji/migrate';
import { ensureStack, paths, temporalNamespace } from '@yji/stack';
import { startDevIdp } from '@yji/dev-idp';
import { containerRuntimeAvailable, startContainers } from './containers.ts';
import './provided.ts';

// YJI_TEST_DATABASE lets two checkouts run their suites on one PostgreSQL server side by side.
const TEST_DATABASE = process.env.YJI_TEST_DATABASE ?? 'yji_test';

async function components() {
  const { DATABASE_URL, NATS_URL, TEMPORAL_ADDRESS } = process.env;
  if (DATABASE_URL && NATS_URL && TEMPORAL_ADDRESS) {
    return {
      databaseUrl: DATABASE_URL,
      natsUrl: NATS_URL,
      temporalAddress: TEMPORAL_ADDRESS,
      stop: async () => {},
    };
  }
  if (await containerRuntimeAvailable()) return startContainers();
  // A NATS server of the run's own: command subjects and the event stream are shared by whoever is on a
  // server, and a developer's running stack must neither answer this run's commands nor consume its events.
  return ensureStack({
    database: TEST_DATABASE,
    privateNats: true,
    log: (line) => console.log(`[stack] ${line}`),
  });
}

export default async function setup(project: TestProject) {
  const stack = await components();
  for (const target of findServiceTargets(paths.repoRoot, stack.databaseUrl)) await applyMigrations(target);
  project.provide('databaseUrl', stack.databaseUrl);
  project.provide('natsUrl', stack.natsUrl);
  project.provide('temporalAddress', stack.temporalAddress);
  project.provide('temporalNamespace', temporalNamespace());
  project.provide('payloadKeys', `test:${randomBytes(32).toString('base64')}`);
  const idp = await startDevIdp({ port: 0, dataDir: paths.dataDir });
  const { issuer, jwksUrl, audience } = idp;
  project.provide('devIdp', { issuer, jwksUrl, audience, dataDir: paths.dataDir });
  return async () => {
    await idp.stop();
    await stack.stop();
  };
}
