import { authEnv, databaseEnv, envSchema, httpEnv, payloadKeysEnv } from '@yji/service-kit';
import { z } from 'zod';

// The codec server holds the payload keys and its own database, where it audits every use; no NATS or
// Temporal connection.
export const codecConfig = envSchema(httpEnv, payloadKeysEnv, authEnv, databaseEnv).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3004),
  /** The `roles` claim value that lets a person read payloads; not a yji role, so no inspector has it. */
  CODEC_OPERATOR_ROLE: z.string().min(1).default('yji-operator'),
  /** Origins of the Temporal UI whose browsers may call this server (comma-separated). */
  CODEC_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: 'must be origins like https://temporal-ui.example.org' }))),
});
export type CodecConfig = z.output<typeof codecConfig>;
