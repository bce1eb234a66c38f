// What the public pages need besides their routes: Nunjucks with the GOV.UK Frontend macros (govuk-frontend 6,
// its precompiled stylesheet, fonts and images) and our few rules. The pages work without JavaScript and load
// none: their Content-Security-Policy allows only the template's own inline line, by nonce.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import view from '@fastify/view';
import type { FastifyReply } from 'fastify';
import nunjucks from 'nunjucks';
import type { App } from '@yji/service-kit';

const govuk = dirname(fileURLToPath(import.meta.resolve('govuk-frontend/package.json')));
const here = dirname(fileURLToPath(import.meta.url));
const ASSETS = join(govuk, 'dist', 'govuk', 'assets');

const STYLESHEETS: Record<string, string> = {
  'govuk-frontend.min.css': join(govuk, 'dist', 'govuk', 'govuk-frontend.min.css'),
  'public.css': join(here, 'public.css'),
};

/**
 * The headers of every public page. The one script is GOV.UK Frontend's template's own inline line that marks
 * the page as able to run the components; it runs with this page's nonce, and nothing else may. Images are the
 * site's own, and the empty `data:` icon the layout gives in place of GOV.UK's crown.
 */
const securityHeaders = (nonce: string) => ({
  'content-security-policy':
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; font-src 'self'; img-src 'self' data:; ` +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

export async function registerPublicSite(app: App) {
  await app.register(view, {
    engine: { nunjucks },
    templates: [join(here, 'views'), join(govuk, 'dist')],
  });
  // Only sendFile: the routes below are declared public themselves (service-kit authenticates every other).
  await app.register(fastifyStatic, { root: ASSETS, serve: false });
  const asset = { config: { public: true }, schema: { hide: true }, logLevel: 'warn' } as const;
  app.get('/assets/*', asset, (request, reply) =>
    reply.sendFile((request.params as { '*': string })['*'], ASSETS, { maxAge: 86_400_000 }),
  );
  for (const [name, path] of Object.entries(STYLESHEETS))
    app.get(`/static/${name}`, asset, (_request, reply) =>
      reply.sendFile(basename(path), dirname(path), { maxAge: 3_600_000 }),
    );
}

/** The public pages' accessibility statement, which every one of them links to from its footer. */
export const PUBLIC_ACCESSIBILITY_STATEMENT = '/inspections/accessibility-statement';

/** A public page, with the headers every one of them carries. */
export function page(reply: FastifyReply, template: string, data: object, status = 200) {
  const cspNonce = randomBytes(16).toString('base64');
  return reply
    .code(status)
    .headers(securityHeaders(cspNonce))
    .type('text/html; charset=utf-8')
    .view(template, { ...data, cspNonce, accessibilityStatement: PUBLIC_ACCESSIBILITY_STATEMENT });
}
