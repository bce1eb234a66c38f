// The development identity provider over HTTP: a real OpenID Provider (oidc-provider) with discovery, the
// JWKS, authorization code with PKCE for the portal, and a sign-in page listing the seeded users. `sign`
// still mints a token in-process (tests, `yji dev-token`) with the same key, issuer and audience.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import {
  DEV_AUDIENCE,
  DEV_IDP_HOST,
  DEV_IDP_PORT,
  DEV_PORTAL_CLIENT,
  defaultDataDir,
  devIssuer,
} from './defaults.ts';
import { API_RESOURCE, API_SCOPE, oidcConfiguration, type PortalClient } from './oidc-config.ts';
import { refuseInProduction } from './refuse-production.ts';
import { SEED_USERS } from './seed-users.ts';
import { signInPage } from './sign-in-page.ts';
import { signToken, type SignOptions } from './sign-token.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';

export interface DevIdpOptions {
  /** Default 3900, where `yji dev-token` expects it; 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /**
   * The host name in the issuer, when people's browsers reach the provider at another address than the one
   * it listens on (docker compose: it listens on 0.0.0.0, browsers reach 127.0.0.1). Default: `host`.
   */
  publicHost?: string;
  /** Where the signing key is kept; default YJI_DATA_DIR or <repo>/.data. */
  dataDir?: string;
  /** The portal client; default DEV_PORTAL_CLIENT. */
  portal?: Partial<PortalClient>;
}

export interface DevIdp {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** A token for a seeded user with roles the seed grants (see SignOptions for the test-only escapes). */
  sign(userId: string, roles: readonly string[], options?: SignOptions): Promise<string>;
  stop(): Promise<void>;
}

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  refuseInProduction();
  const key = await loadOrCreateSigningKey(options.dataDir ?? defaultDataDir());
  const host = options.host ?? DEV_IDP_HOST;
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? DEV_IDP_PORT, host, resolve));
  // The issuer names the port, so the provider is made once the server listens.
  const issuer = devIssuer(options.publicHost ?? host, (server.address() as { port: number }).port);
  const provider = new Provider(
    issuer,
    oidcConfiguration(
      key,
      DEV_AUDIENCE,
      { ...DEV_PORTAL_CLIENT, ...options.portal },
      // Cookies of the provider's own sessions; a restart signs everyone out, which suits development.
      [randomBytes(32).toString('base64url')],
    ),
  );
  // Behind a published port or a network alias, the portal's server calls the provider at an address of its
  // own and says the public one in X-Forwarded-Host, as a proxy would (portal AUTH_INTERNAL_URL): the
  // endpoints the discovery document names are then the ones browsers reach. Trusted only because this
  // provider is for development.
  provider.proxy = true;
  const oidc = provider.callback();
  handle = (req, res) => {
    const interaction = INTERACTION.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!interaction) return void oidc(req, res);
    const [, uid, login] = interaction;
    const answer = login && req.method === 'POST' ? chooseUser : showUsers;
    answer(provider, req, res, uid!).catch((error: Error) => {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(error.message);
    });
  };
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    audience: DEV_AUDIENCE,
    sign: (userId, roles, signOptions) =>
      signToken(key, { issuer, audience: DEV_AUDIENCE, userId, roles }, signOptions),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function showUsers(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('this sign-in has expired; start again from the portal');
  if (details.prompt.name === 'consent') return consent(provider, req, res, details);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(signInPage(uid));
}

/** A development provider asks no one for consent: the portal is its one, first-party client. */
async function consent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Awaited<ReturnType<Provider['interactionDetails']>>,
) {
  const grant =
    (details.grantId && (await provider.Grant.find(details.grantId))) ||
    new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope('openid profile email');
  grant.addResourceScope(API_RESOURCE, API_SCOPE);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function chooseUser(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('this sign-in has expired; start again from the portal');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const user = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('user') ?? '';
  if (!Object.hasOwn(SEED_USERS, user)) throw new Error('choose one of the users listed');
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: user } },
    { mergeWithLastSubmission: false },
  );
}
