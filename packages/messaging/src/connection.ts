import { readFileSync } from 'node:fs';
import { connect, credsAuthenticator, nkeyAuthenticator, type NatsConnection } from '@nats-io/transport-node';

export type { NatsConnection };

/** Files that secure a NATS connection (service-kit's natsSecurity takes them from the environment). */
export interface NatsSecurity {
  /** A .creds file: a user JWT and its NKey seed (decentralised auth, NGS/Synadia Cloud). */
  credsFile?: string;
  /** A file holding an NKey seed (`SU…`), for servers that list the user's public NKey. */
  nkeySeedFile?: string;
  /** The CA that signed the servers' certificates; TLS is used when this or a client certificate is set. */
  caFile?: string;
  /** A client certificate and its key, for servers that verify clients (mutual TLS). */
  certFile?: string;
  keyFile?: string;
}

/**
 * One connection per process; reconnects forever, since a service without NATS can do nothing useful.
 * `url` is comma-separated for a cluster. Credentials are read at every (re)connection, so a rotated file
 * is picked up without a restart.
 */
export function connectNats(url: string, name: string, security: NatsSecurity = {}): Promise<NatsConnection> {
  const { credsFile, nkeySeedFile, caFile, certFile, keyFile } = security;
  const authenticator = credsFile
    ? credsAuthenticator(() => readFileSync(credsFile))
    : nkeySeedFile
      ? nkeyAuthenticator(() => new TextEncoder().encode(readFileSync(nkeySeedFile, 'utf8').trim()))
      : undefined;
  const tls = {
    ...(caFile ? { caFile } : {}),
    ...(certFile && keyFile ? { certFile, keyFile } : {}),
  };
  return connect({
    servers: url.split(',').map((server) => server.trim()),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1000,
    ...(authenticator ? { authenticator } : {}),
    ...(Object.keys(tls).length > 0 ? { tls } : {}),
  });
}
