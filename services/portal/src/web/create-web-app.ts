// The portal's Fastify app: GOV.UK pages rendered by Nunjucks, security headers with a per-request CSP
// nonce, server-side sessions in a Secure (over https), HttpOnly, SameSite cookie, a CSRF token checked on
// every form, form and file bodies, the frontend assets, health probes, and the error pages.
import { basename, dirname } from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import session from '@fastify/session';
import fastifyStatic from '@fastify/static';
import view from '@fastify/view';
import nunjucks, { type Environment } from 'nunjucks';
import {
  loggerOptions,
  prepareShutdown,
  registerHealth,
  registerTracing,
  type LogLevel,
  type LogStream,
} from '@yji/service-kit';
import type { PortalDb } from '../db.ts';
import { registerCaseRulesScript } from './case-rules-script.ts';
import { frontendFiles } from './frontend-files.ts';
import { renderErrorPage, renderNotFound } from './error-pages.ts';
import { configureNunjucks } from './nunjucks-filters.ts';
import { memoiseImports } from './template-imports.ts';
import { memoiseTemplatePaths } from './template-paths.ts';
import { databaseSessionStore } from './session-store.ts';
import './session.ts';

export interface WebAppOptions {
  db: PortalDb;
  sessionSecret: string;
  sessionTtlMs: number;
  /** Cookies are Secure when the portal is reached over https. */
  secureCookies: boolean;
  /** Origins a form may lead to besides the portal (the provider's sign-out page). */
  formTargets: string[];
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: LogStream;
  logLevel?: LogLevel;
  shutdownGraceMs: number;
  requestTimeoutMs: number;
  /**
   * The proxies in front (HTTP_TRUST_PROXY): behind one that ends TLS, the request's scheme is the one it
   * forwards, without which a Secure session cookie is never kept and sign-in cannot finish.
   */
  trustProxy?: string | undefined;
}

export const SESSION_COOKIE = 'yji_session';

/** The most a field of a multipart form holds (a CSRF token, a key): its text goes in urlencoded forms. */
const FORM_FIELD_MAX_BYTES = 16 * 1024;

/** A route's options to take one file of up to `maxBytes` in its multipart form. */
export const fileUpload = (maxBytes: number) => ({
  config: { multipartOptions: { limits: { files: 1, fileSize: maxBytes } } },
});

export async function createWebApp(options: WebAppOptions) {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions('portal', options.logLevel, options.logStream),
    return503OnClosing: true,
    requestTimeout: options.requestTimeoutMs,
    trustProxy: options.trustProxy ?? false,
  });
  prepareShutdown(app, options.shutdownGraceMs);
  // A span per page, by its route's pattern; the services' calls it makes are its children.
  registerTracing(app);
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...options.formTargets],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
  });
  // Pages show children's data: no browser or proxy keeps a copy, which Back would show the next person at a
  // shared computer after sign-out. Static files keep their own caching.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(cookie);
  await app.register(session, {
    secret: options.sessionSecret,
    cookieName: SESSION_COOKIE,
    store: databaseSessionStore(options.db, options.sessionTtlMs),
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      // Lax, not Strict: the provider sends the browser back to the callback from another site.
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      maxAge: options.sessionTtlMs,
    },
  });
  await app.register(csrf, { sessionPlugin: '@fastify/session' });
  await app.register(formbody);
  // Every part of a multipart body is read into memory before the session or the CSRF token is checked, so
  // by default a form takes no file and only small fields; a route that takes a file says how large
  // (`fileUpload`).
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { files: 0, fields: 20, fieldSize: FORM_FIELD_MAX_BYTES },
  });
  // Every change comes through a form: no POST is handled without this session's token.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(fastifyStatic, { root: frontendFiles.assets, prefix: '/assets/' });
  for (const [name, path] of Object.entries(frontendFiles.static)) {
    app.get(`/static/${name}`, { logLevel: 'warn' }, (_request, reply) =>
      reply.sendFile(basename(path), dirname(path), { maxAge: 3_600_000 }),
    );
  }
  registerCaseRulesScript(app);
  await app.register(view, {
    engine: { nunjucks },
    templates: frontendFiles.templates,
    options: {
      onConfigure: (env: Environment) => {
        configureNunjucks(env);
        memoiseTemplatePaths(env);
        memoiseImports(env);
      },
    },
  });
  // The nonce and token every page needs, for the templates.
  app.addHook('preHandler', async (request, reply) => {
    reply.locals = { ...reply.locals, cspNonce: reply.cspNonce.script, user: request.session.user };
  });
  registerHealth(app, { postgres: async () => void (await options.db.$queryRawUnsafe('SELECT 1')) });
  app.setErrorHandler(renderErrorPage);
  app.setNotFoundHandler(renderNotFound);
  return app;
}

export type WebApp = Awaited<ReturnType<typeof createWebApp>>;
