import { envSchema, httpEnv, natsEnv, payloadKeysEnv, telemetryEnv, temporalEnv } from '@yji/service-kit';
import { parseRetentionPeriod } from '@yji/domain';
import { z } from 'zod';

// The worker talks to NATS and Temporal only; services own the data. Its HTTP server answers only the
// health checks (HOST, PORT, and the shutdown grace of httpEnv).
export const workerConfig = envSchema(httpEnv, natsEnv, temporalEnv, payloadKeysEnv, telemetryEnv).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3003),
  /** A workflow bundle made by `pnpm --filter @yji/worker build`; without it the worker bundles at start-up. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  /**
   * How long after publication an inspection's case-level personal data is kept: the publication workflow's
   * timer, after which it purges the data in every service (docs/retention.md). An ISO-8601 duration in
   * weeks, days, hours, minutes or seconds (P90D, PT30S), or a number of days.
   */
  RETENTION_PERIOD: z
    .string()
    .default('P90D')
    .transform((text, context) => {
      try {
        return parseRetentionPeriod(text);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});
export type WorkerConfig = z.output<typeof workerConfig>;
