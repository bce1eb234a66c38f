import { defineConfig } from 'vitest/config';
import browserConfig from './vitest.config.ts';

/** `pnpm bench`: the same real stack as the journeys, timing instead of clicking. */
export default defineConfig({
  ...browserConfig,
  test: { ...browserConfig.test, include: ['bench/**/*.bench.ts'] },
});
