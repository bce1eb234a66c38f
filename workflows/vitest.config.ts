import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.ts';

// The workflow tests need only a Temporal server (test/global-setup.ts finds or starts one) and stub
// activities: no database, no NATS, no services.
export default defineConfig({
  test: {
    ...sharedConfig.test,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
