import { defineConfig } from 'vitest/config';
import { integrationConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...integrationConfig,
  test: {
    ...integrationConfig.test,
    include: ['journeys/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
  },
});
