import { defineConfig } from 'vitest/config';
import config from './vitest.config.ts';

// Tools that run workflows on the test server but are not tests (see README.md):
// `pnpm --filter @yji/workflows record-histories` writes test/histories/*.json;
// `pnpm --filter @yji/workflows measure-history` prints the history length of a 60-case inspection.
export default defineConfig({
  test: {
    ...config.test,
    include: ['test/histories/record.ts', 'test/history-length.ts'],
    testTimeout: 120_000,
  },
});
