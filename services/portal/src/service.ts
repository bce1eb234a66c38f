// Assembles the portal from its parts; main.ts runs it, tests start it in-process.
import type { LogStream } from '@yji/service-kit';
import { startTelemetry } from '@yji/telemetry';
import { createOidc } from './auth/oidc.ts';
import type { PortalConfig } from './config.ts';
import { createDb } from './db.ts';
import { forgetPeopleNotSeenSince, peopleDirectory } from './people/directory.ts';
import { registerPortalRoutes } from './routes/index.ts';
import { createWebApp } from './web/create-web-app.ts';
import { deleteExpiredSessions } from './web/session-store.ts';

/** How often expired sessions and long-unseen people are deleted. */
const SESSION_SWEEP_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function startPortal(
  config: PortalConfig,
  options: { logger?: boolean; logStream?: LogStream } = {},
) {
  const telemetry = startTelemetry({
    serviceName: config.OTEL_SERVICE_NAME ?? 'yji-portal',
    exporter: config.OTEL_TRACES_EXPORTER,
  });
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const issuer = new URL(config.AUTH_ISSUER);
  const people = peopleDirectory(db);
  let portalUrl = config.PORTAL_URL;
  const app = await createWebApp({
    db,
    sessionSecret: config.SESSION_SECRET,
    sessionTtlMs: config.SESSION_TTL_MS,
    secureCookies: config.PORTAL_URL?.startsWith('https:') ?? false,
    formTargets: [issuer.origin],
    logger: options.logger,
    logStream: options.logStream,
    logLevel: config.LOG_LEVEL,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    trustProxy: config.HTTP_TRUST_PROXY,
  });
  registerPortalRoutes(
    app,
    {
      oidc: createOidc({
        issuer: config.AUTH_ISSUER,
        clientId: config.AUTH_CLIENT_ID,
        clientSecret: config.AUTH_CLIENT_SECRET,
        scope: config.AUTH_SCOPE,
        sessionTtlMs: config.SESSION_TTL_MS,
        ...(config.AUTH_INTERNAL_URL ? { internalUrl: config.AUTH_INTERNAL_URL } : {}),
      }),
      portalUrl: () => portalUrl!,
      services: {
        inspection: config.INSPECTION_API_URL,
        fieldwork: config.FIELDWORK_API_URL,
        ratings: config.RATINGS_API_URL,
        publication: config.PUBLICATION_API_URL,
      },
      people,
    },
    {
      signInLimit: { max: config.SIGN_IN_RATE_LIMIT_MAX, windowMs: config.SIGN_IN_RATE_LIMIT_WINDOW_MS },
    },
  );
  await app.listen({ host: config.HOST, port: config.PORT });
  const url = `http://${config.HOST}:${(app.server.address() as { port: number }).port}`;
  portalUrl ??= url;
  // Expired sessions, and the people who have not signed in for PEOPLE_RETENTION_DAYS (data kept no longer
  // than it is used: a name on a page, an address on a form).
  const sweep = setInterval(() => {
    const unseenSince = new Date(Date.now() - config.PEOPLE_RETENTION_DAYS * DAY_MS);
    Promise.all([deleteExpiredSessions(db), forgetPeopleNotSeenSince(db, unseenSince)]).catch(
      (error: Error) => app.log.error({ err: error.message }, 'sweep of sessions and people failed'),
    );
  }, SESSION_SWEEP_MS).unref();
  return {
    app,
    db,
    people,
    url,
    stop: async () => {
      clearInterval(sweep);
      await app.close();
      await db.$disconnect();
      await telemetry.shutdown();
    },
  };
}

export type Portal = Awaited<ReturnType<typeof startPortal>>;
