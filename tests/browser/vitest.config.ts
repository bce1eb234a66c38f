import { defineConfig } from 'vitest/config';
import { systemConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...systemConfig,
  test: {
    ...systemConfig.test,
    include: ['journeys/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
  },
});
