// Certificates, keys and credentials come as files (a mounted secret) or, for some, as the PEM text itself.
// A path is checked when the configuration is parsed, so a missing file stops start-up naming its variable.
import { accessSync, constants, readFileSync } from 'node:fs';
import { z } from 'zod';

export const readableFile = z.string().refine(
  (path) => {
    try {
      accessSync(path, constants.R_OK);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must name a file this process can read' },
);

/** The bytes of `<name>_PATH`'s file or of `<name>_DATA`'s text; undefined when neither is set. */
export function fileOrData(path: string | undefined, data: string | undefined): Buffer | undefined {
  if (path) return readFileSync(path);
  return data ? Buffer.from(data) : undefined;
}

/** Adds an issue when both variables of a `_PATH`/`_DATA` pair are set: one source only. */
export function oneOf(env: Record<string, unknown>, ctx: z.RefinementCtx, path: string, data: string) {
  if (env[path] && env[data]) {
    ctx.addIssue({ code: 'custom', path: [data], message: `set ${path} or ${data}, not both` });
  }
}
