// Where Temporal is and how to reach it: the variables Temporal's own CLI and SDKs read (its "environment
// configuration"), so one set of settings serves yji, `temporal` and the Temporal UI's tools alike. A
// secured cluster takes mutual TLS (client certificate and key, the server's CA, a server name); Temporal
// Cloud takes an API key (TLS is then on by default).
import type { TLSConfig } from '@temporalio/client';
import { z } from 'zod';
import type { EnvOf } from './env-part.ts';
import { fileOrData, oneOf, readableFile } from './files.ts';
import { flag } from './values.ts';

const fields = {
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('yji'),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: flag.optional(),
  TEMPORAL_TLS_CLIENT_CERT_PATH: readableFile.optional(),
  TEMPORAL_TLS_CLIENT_CERT_DATA: z.string().min(1).optional(),
  TEMPORAL_TLS_CLIENT_KEY_PATH: readableFile.optional(),
  TEMPORAL_TLS_CLIENT_KEY_DATA: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: readableFile.optional(),
  TEMPORAL_TLS_SERVER_CA_CERT_DATA: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
};

export const temporalEnv = { fields, check: checkTemporal };
export type TemporalEnv = EnvOf<typeof temporalEnv>;

function checkTemporal(env: TemporalEnv, ctx: z.RefinementCtx) {
  oneOf(env, ctx, 'TEMPORAL_TLS_CLIENT_CERT_PATH', 'TEMPORAL_TLS_CLIENT_CERT_DATA');
  oneOf(env, ctx, 'TEMPORAL_TLS_CLIENT_KEY_PATH', 'TEMPORAL_TLS_CLIENT_KEY_DATA');
  oneOf(env, ctx, 'TEMPORAL_TLS_SERVER_CA_CERT_PATH', 'TEMPORAL_TLS_SERVER_CA_CERT_DATA');
  const cert = Boolean(env.TEMPORAL_TLS_CLIENT_CERT_PATH || env.TEMPORAL_TLS_CLIENT_CERT_DATA);
  const key = Boolean(env.TEMPORAL_TLS_CLIENT_KEY_PATH || env.TEMPORAL_TLS_CLIENT_KEY_DATA);
  if (cert !== key) {
    ctx.addIssue({
      code: 'custom',
      path: [cert ? 'TEMPORAL_TLS_CLIENT_KEY_PATH' : 'TEMPORAL_TLS_CLIENT_CERT_PATH'],
      message: 'a client certificate needs its key, and a key its certificate',
    });
  }
}

/** What `Connection.connect` (clients) and `NativeConnection.connect` (the worker) both take. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
}

export function temporalConnectionOptions(env: TemporalEnv): TemporalConnectionOptions {
  const crt = fileOrData(env.TEMPORAL_TLS_CLIENT_CERT_PATH, env.TEMPORAL_TLS_CLIENT_CERT_DATA);
  const key = fileOrData(env.TEMPORAL_TLS_CLIENT_KEY_PATH, env.TEMPORAL_TLS_CLIENT_KEY_DATA);
  const ca = fileOrData(env.TEMPORAL_TLS_SERVER_CA_CERT_PATH, env.TEMPORAL_TLS_SERVER_CA_CERT_DATA);
  const serverName = env.TEMPORAL_TLS_SERVER_NAME;
  // As Temporal's tools do: TLS is on when anything TLS-like (or an API key) is given, unless TEMPORAL_TLS=false.
  const tlsOn = env.TEMPORAL_TLS ?? Boolean(env.TEMPORAL_API_KEY || crt || ca || serverName);
  const tls: TLSConfig = {
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    ...(ca ? { serverRootCACertificate: ca } : {}),
    ...(serverName ? { serverNameOverride: serverName } : {}),
  };
  return {
    address: env.TEMPORAL_ADDRESS,
    ...(tlsOn ? { tls: Object.keys(tls).length > 0 ? tls : true } : {}),
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
  };
}
