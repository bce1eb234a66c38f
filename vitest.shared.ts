// Every package's vitest config starts here. Workspace packages export their TypeScript source, so no
// build is needed before a test.
import { defineConfig } from 'vitest/config';

/** A global setup of the test harness (tests/harness), by file name. */
const harnessSetup = (file: string) => new URL(`./tests/harness/${file}`, import.meta.url).pathname;
const COMPONENTS_SETUP = harnessSetup('global-setup.ts');

export const sharedConfig = defineConfig({
  test: { pool: 'forks', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});

/** For tests against the real components: the harness brings them up once per run. */
export const integrationConfig = defineConfig({
  test: {
    ...sharedConfig.test,
    globalSetup: [COMPONENTS_SETUP],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

/** For tests that run workers too: the workflow bundle is built once per run, not at each worker's start. */
export const systemConfig = defineConfig({
  test: {
    ...integrationConfig.test,
    globalSetup: [COMPONENTS_SETUP, harnessSetup('workflow-bundle-setup.ts')],
  },
});
