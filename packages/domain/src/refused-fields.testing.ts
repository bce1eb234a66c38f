// For the rules' schema tests: which fields a schema refuses in a value, as the tests name them.
import type { z } from 'zod';

/** The dotted paths of the issues `schema` finds in `value`, in its order; empty when the value parses. */
export function refusedFields(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map(({ path }) => path.join('.'));
}
