// `pnpm --filter @yji/tests fault`: the fault run, on demand (it takes minutes); not part of `pnpm test`.
import { defineConfig } from 'vitest/config';
import { integrationConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...integrationConfig,
  test: { ...integrationConfig.test, include: ['fault/**/*.test.ts'], fileParallelism: false },
});
