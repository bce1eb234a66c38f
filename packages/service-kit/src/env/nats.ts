// How to reach NATS: the servers, and for a secured cluster the credentials (a .creds file with a user JWT
// and its NKey seed, or an NKey seed file alone) and TLS (the servers' CA, a client certificate and key).
// The names are the ones the `nats` command line reads, so one environment serves both. Then how long
// messaging keeps what it delivered (event-retention.ts).
import type { NatsSecurity } from '@yji/messaging';
import { z } from 'zod';
import type { EnvOf } from './env-part.ts';
import { checkEventRetention, eventRetentionFields } from './event-retention.ts';
import { readableFile } from './files.ts';

const fields = {
  /** Comma-separated for a cluster. */
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  NATS_CREDS: readableFile.optional(),
  NATS_NKEY: readableFile.optional(),
  NATS_CA: readableFile.optional(),
  NATS_CERT: readableFile.optional(),
  NATS_KEY: readableFile.optional(),
  ...eventRetentionFields,
};

export const natsEnv = { fields, check: checkNats };
export type NatsEnv = EnvOf<typeof natsEnv>;

function checkNats(env: NatsEnv, ctx: z.RefinementCtx) {
  checkEventRetention(env, ctx);
  if (env.NATS_CREDS && env.NATS_NKEY) {
    ctx.addIssue({ code: 'custom', path: ['NATS_NKEY'], message: 'set NATS_CREDS or NATS_NKEY, not both' });
  }
  if (Boolean(env.NATS_CERT) !== Boolean(env.NATS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.NATS_CERT ? 'NATS_KEY' : 'NATS_CERT'],
      message: 'a client certificate needs its key, and a key its certificate',
    });
  }
}

/** connectNats's third argument. */
export function natsSecurity(env: NatsEnv): NatsSecurity {
  return {
    credsFile: env.NATS_CREDS,
    nkeySeedFile: env.NATS_NKEY,
    caFile: env.NATS_CA,
    certFile: env.NATS_CERT,
    keyFile: env.NATS_KEY,
  };
}
