import { defineConfig } from 'vitest/config';
import config from './vitest.config.ts';

// `pnpm --filter @yji/workflows record-histories`: runs the representative scenarios and writes their
// histories to test/histories/ (see workflows/README.md).
export default defineConfig({
  test: { ...config.test, include: ['test/histories/record.ts'] },
});
