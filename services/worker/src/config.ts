import { z } from 'zod';

// The worker talks to NATS and Temporal only; services own the data.
export const workerConfig = z.object({
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('yji'),
  /** The same keys as the services': they encrypt and decrypt workflow payloads. */
  YJI_PAYLOAD_KEYS: z.string().min(1, 'is required: workflow payloads are encrypted'),
  /** A workflow bundle made by `pnpm --filter @yji/worker build`; without it the worker bundles at start-up. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
});
export type WorkerConfig = z.output<typeof workerConfig>;
