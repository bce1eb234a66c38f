import { defineConfig } from 'vitest/config';
import { integrationConfig } from '../vitest.shared.ts';

export default defineConfig({
  ...integrationConfig,
  test: {
    ...integrationConfig.test,
    include: ['e2e/**/*.test.ts', 'infra/**/*.test.ts'],
    fileParallelism: false,
  },
});
