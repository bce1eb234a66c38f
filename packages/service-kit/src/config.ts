// Configuration comes from the environment, parsed with zod at start-up: a process with a bad variable
// refuses to start and names it (never its value). Every variable yji reads is defined under env/, one
// file per concern, and put together here for each kind of process; README's Configuration table lists them.
import type { z } from 'zod';
import { authEnv } from './env/auth.ts';
import { databaseEnv } from './env/database.ts';
import { envSchema } from './env/env-part.ts';
import { httpEnv } from './env/http.ts';
import { natsEnv } from './env/nats.ts';
import { payloadKeysEnv } from './env/payload-keys.ts';
import { telemetryEnv } from './env/telemetry.ts';
import { temporalEnv } from './env/temporal.ts';

/** A service that owns data, serves HTTP and talks to NATS and Temporal; each adds its PORT. */
export const commonEnv = envSchema(
  httpEnv,
  databaseEnv,
  natsEnv,
  temporalEnv,
  payloadKeysEnv,
  authEnv,
  telemetryEnv,
);
export type CommonConfig = z.output<typeof commonEnv>;

export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
