// nunjucks resolves a relative template name ("./template.njk") against the including file on every include,
// and every GOV.UK macro call is an include: on the case form of the largest framework, thousands of
// path.resolve calls a page. The templates do not move while the portal runs, so each (file, name) pair is
// resolved once; there are as many pairs as there are relative includes in the templates.
import type { Environment, Loader } from 'nunjucks';

export function memoiseTemplatePaths(env: Environment) {
  // The loaders nunjucks.configure made; @types/nunjucks does not declare the field.
  for (const loader of (env as unknown as { loaders: Loader[] }).loaders) {
    const resolve = loader.resolve.bind(loader);
    // By including file, then by name: the file names are the same strings each time, so no key is built.
    const resolved = new Map<string, Map<string, string>>();
    loader.resolve = (from, to) => {
      let names = resolved.get(from);
      if (!names) resolved.set(from, (names = new Map()));
      let path = names.get(to);
      if (path === undefined) names.set(to, (path = resolve(from, to)));
      return path;
    };
  }
}
