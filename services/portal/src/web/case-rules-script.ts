// The domain's applicability rule for the case form's script (public/case-form.mjs), so questions appear and
// disappear as the person answers: packages/domain's own `applicableQuestions`, bundled by esbuild from its
// source on first request — never a second copy of the rules in page JavaScript. The frameworks it reads are
// served as the domain holds them. Domain modules have no side effects, so only what the rule imports is
// bundled; the zod schemas those modules declare beside their rules are never used by the rule (it parses
// nothing), so zod is replaced by an inert stand-in instead of shipping its 450 KB to the browser.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { problem } from '@yji/contracts';
import { getFramework } from '@yji/domain';
import { HttpError } from '@yji/service-kit';

const DOMAIN_SOURCE = `${dirname(fileURLToPath(import.meta.resolve('@yji/domain')))}/`;

/** Any property of it, or any call, is itself: `z.object({…}).optional()` evaluates, to nothing of use. */
const ZOD_STAND_IN = `const inert = new Proxy(function () {}, { get: () => inert, apply: () => inert });
export const z = inert;`;

/** Marks the plugin's own resolve call, so it is not asked again. */
const RESOLVING = Symbol('resolving');

const forTheBrowser: Plugin = {
  name: 'domain-rules-for-the-browser',
  setup(bundle) {
    bundle.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', namespace: 'zod-stand-in' }));
    bundle.onLoad({ filter: /.*/, namespace: 'zod-stand-in' }, () => ({ contents: ZOD_STAND_IN }));
    bundle.onResolve({ filter: /.*/ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
      if (pluginData === RESOLVING) return undefined;
      const resolved = await bundle.resolve(path, { kind, importer, resolveDir, pluginData: RESOLVING });
      return resolved.path.startsWith(DOMAIN_SOURCE)
        ? { path: resolved.path, sideEffects: false }
        : undefined;
    });
  },
};

/** The rule as an ES module for browsers: `export { applicableQuestions }`. */
export async function bundleCaseRules(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { applicableQuestions } from '@yji/domain';",
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    plugins: [forTheBrowser],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** GET /static/case-rules.mjs (bundled once) and /static/frameworks/:id.json, the framework it applies. */
export function registerCaseRulesScript(app: FastifyInstance) {
  let script: Promise<string> | undefined;
  const quiet = { logLevel: 'warn' } as const;
  app.get('/static/case-rules.mjs', quiet, async (_request, reply) => {
    script ??= bundleCaseRules().catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(await script);
  });
  app.get('/static/frameworks/:frameworkId', quiet, async (request, reply) => {
    const name = (request.params as { frameworkId: string }).frameworkId;
    const framework = name.endsWith('.json') ? getFramework(name.slice(0, -'.json'.length)) : undefined;
    if (!framework) throw new HttpError(problem('not-found', { what: 'page' }));
    return reply.header('cache-control', 'public, max-age=3600').send(framework);
  });
}
