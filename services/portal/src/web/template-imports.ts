// govuk-frontend's component templates import their sub-macros ({% from "../hint/macro.njk" import govukHint %})
// each time they are included, that is on every macro call, and nunjucks runs the imported file afresh for each
// import: a new context, frame and macro objects, thousands of times on the case form. An import without
// context sees nothing of the page, so it always exports the same macros: an environment that asks for it runs
// each such file once and hands its exports out again.
import nunjucks, { type Environment } from 'nunjucks';

type Exports = Record<string, unknown>;
type Callback = (error: Error | null, exported: Exports | null) => void;
// The parts of nunjucks' Template that @types/nunjucks does not declare.
interface ImportableTemplate {
  env: Environment;
  getExported(...args: unknown[]): void;
}

const memoising = new WeakSet<Environment>();
const exportsOf = new WeakMap<ImportableTemplate, Exports>();
let installed = false;

export function memoiseImports(env: Environment) {
  memoising.add(env);
  if (installed) return;
  installed = true;
  const prototype = nunjucks.Template.prototype as unknown as ImportableTemplate;
  const getExported = prototype.getExported;
  prototype.getExported = function (this: ImportableTemplate, ...args: unknown[]) {
    // An import without context passes only the callback; with context, the page's variables and frame come first.
    const [callback] = args;
    if (args.length !== 1 || typeof callback !== 'function' || !memoising.has(this.env)) {
      return getExported.apply(this, args);
    }
    const known = exportsOf.get(this);
    if (known) return (callback as Callback)(null, known);
    return getExported.call(this, (error: Error | null, exported: Exports | null) => {
      if (!error && exported) exportsOf.set(this, exported);
      (callback as Callback)(error, exported);
    });
  };
}
