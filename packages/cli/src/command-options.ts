// Reads a command's options: node:util parseArgs for the syntax, then zod for the values, so every command
// reports bad input the same way.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Throws an Error whose message names each bad option and ends with the usage line. */
export function parseCommandOptions<Schema extends z.ZodType>(
  args: string[],
  options: OptionsConfig,
  schema: Schema,
  usage: string,
): z.output<Schema> {
  let values: unknown;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${usage}`, { cause: error });
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(({ path, message }) =>
    path.length > 0 ? `--${path.join('.')}: ${message}` : message,
  );
  throw new Error(`${problems.join('\n')}\n${usage}`);
}
