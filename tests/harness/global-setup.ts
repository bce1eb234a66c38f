// Vitest global setup for every test that needs the real components. In order of preference:
// DATABASE_URL, NATS_URL and TEMPORAL_ADDRESS when all are set; else containers where a container engine
// exists; else the local stack runner, which reuses PostgreSQL and Temporal where they run, starts what is
// missing, and gives the run a NATS server and a database of its own (yji_test_<suite>), so that suites can
// run side by side (`pnpm test` runs two at a time): a test that counts every row of a table sees only its
// own suite's.
// Then the services' migrations are applied, so tests start from the current schema, and the development
// identity provider starts on a free port for the services under test to verify tokens against.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations, findServiceTargets } from '@yji/migrate';
import { ensureStack, paths, temporalNamespace } from '@yji/stack';
import { startDevIdp } from '@yji/dev-idp';
import { containerRuntimeAvailable, startContainers } from './containers.ts';
import './provided.ts';

/**
 * The suite's database, named after the folder of its vitest project (services/fieldwork → yji_test_fieldwork).
 * YJI_TEST_DATABASE changes the prefix, so that two checkouts can test side by side on one server.
 */
function testDatabase(project: TestProject): string {
  return `${process.env.YJI_TEST_DATABASE ?? 'yji_test'}_${basename(project.config.root)}`;
}

/** An advisory lock's key: any number no other part of yji locks ("yji" in ASCII). */
const SHARED_COMPONENTS_LOCK = 0x796a69;

async function components(database: string) {
  const { DATABASE_URL, NATS_URL, TEMPORAL_ADDRESS } = process.env;
  if (DATABASE_URL && NATS_URL && TEMPORAL_ADDRESS) {
    // Suites given one database and one NATS server take turns: each holds this lock while it runs (the
    // session's end releases it), as two side by side would answer each other's commands.
    const turn = new pg.Client({ connectionString: DATABASE_URL });
    // A session lost mid-run only ends this suite's turn early; it must not end the run.
    turn.on('error', () => {});
    await turn.connect();
    await turn.query('SELECT pg_advisory_lock($1)', [SHARED_COMPONENTS_LOCK]);
    return {
      databaseUrl: DATABASE_URL,
      natsUrl: NATS_URL,
      temporalAddress: TEMPORAL_ADDRESS,
      stop: () => turn.end(),
    };
  }
  if (await containerRuntimeAvailable()) return startContainers();
  // A NATS server of the run's own: command subjects and the event stream are shared by whoever is on a
  // server, and a developer's running stack must neither answer this run's commands nor consume its events.
  return ensureStack({
    database,
    privateNats: true,
    log: (line) => console.log(`[stack] ${line}`),
  });
}

export default async function setup(project: TestProject) {
  const stack = await components(testDatabase(project));
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
