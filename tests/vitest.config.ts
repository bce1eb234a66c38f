import { defineConfig } from 'vitest/config';
import { systemConfig } from '../vitest.shared.ts';

export default defineConfig({
  ...systemConfig,
  test: {
    ...systemConfig.test,
    include: ['e2e/**/*.test.ts', 'infra/**/*.test.ts'],
    fileParallelism: false,
  },
});
