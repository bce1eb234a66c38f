// `pnpm bench` for the services: benchmarks against the real components the test harness brings up.
import { defineConfig } from 'vitest/config';
import { systemConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...systemConfig,
  test: { ...systemConfig.test, include: ['bench/**/*.bench.ts'], fileParallelism: false },
});
