// One concern's variables (fields) and the checks that span several of them. envSchema puts parts together
// into the schema a kind of process parses its environment with.
import { z } from 'zod';

export interface EnvPart {
  fields: z.ZodRawShape;
  /** Cross-field checks, run on the parsed values. */
  check?: (env: never, ctx: z.RefinementCtx) => void;
}

type Fields<P extends readonly EnvPart[]> = P extends readonly [
  infer First extends EnvPart,
  ...infer Rest extends readonly EnvPart[],
]
  ? First['fields'] & Fields<Rest>
  : Record<never, never>;

export type EnvOf<P extends EnvPart> = z.output<z.ZodObject<P['fields']>>;

export function envSchema<const P extends readonly EnvPart[]>(...parts: P) {
  const shape = Object.assign({}, ...parts.map((part) => part.fields)) as Fields<P>;
  return z.object(shape).superRefine((env, ctx) => {
    for (const part of parts) part.check?.(env as never, ctx);
  });
}
