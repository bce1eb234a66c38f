// Every package's vitest config starts here so that workspace packages resolve to their TypeScript source.
import { defineConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  resolve: { conditions: ['@yji/source'] },
  ssr: { resolve: { conditions: ['@yji/source'] } },
  test: { pool: 'forks', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
