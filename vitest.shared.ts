// Every package's vitest config starts here. Workspace packages export their TypeScript source, so no
// build is needed before a test.
import { defineConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  test: { pool: 'forks', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});

/** For tests against the real components: the harness brings them up once per run. */
export const integrationConfig = defineConfig({
  test: {
    ...sharedConfig.test,
    globalSetup: [new URL('./tests/harness/global-setup.ts', import.meta.url).pathname],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

/** For tests that run workers too: the workflow bundle is built once per run, not at each worker's start. */
export const systemConfig = defineConfig({
  test: {
    ...integrationConfig.test,
    globalSetup: [
      ...(integrationConfig.test?.globalSetup as string[]),
      new URL('./tests/harness/workflow-bundle-setup.ts', import.meta.url).pathname,
    ],
  },
});
