// `pnpm bench` for the services: benchmarks against the real components the test harness brings up.
import { defineConfig } from 'vitest/config';
import { integrationConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...integrationConfig,
  test: { ...integrationConfig.test, include: ['bench/**/*.bench.ts'], fileParallelism: false },
});
