// `pnpm --filter @yji/tests fault`: the fault run, on demand (it takes minutes); not part of `pnpm test`.
import { defineConfig } from 'vitest/config';
import { systemConfig } from '../../vitest.shared.ts';

export default defineConfig({
  ...systemConfig,
  test: { ...systemConfig.test, include: ['fault/**/*.test.ts'], fileParallelism: false },
});
