import { envSchema, httpEnv, natsEnv, payloadKeysEnv, telemetryEnv, temporalEnv } from '@yji/service-kit';
import { z } from 'zod';

// The worker talks to NATS and Temporal only; services own the data. Its HTTP server answers only the
// health checks (HOST, PORT, and the shutdown grace of httpEnv).
export const workerConfig = envSchema(httpEnv, natsEnv, temporalEnv, payloadKeysEnv, telemetryEnv).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3003),
  /** A workflow bundle made by `pnpm --filter @yji/worker build`; without it the worker bundles at start-up. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
});
export type WorkerConfig = z.output<typeof workerConfig>;
