// Reads a JSON file named on the command line and parses it with a zod schema. Errors name the file, each
// bad path in the input's own terms and what is wrong there, never the content.
import type { z } from 'zod';
import { readInputFile } from './read-input-file.ts';

/** cases[0].judgements["2.1.1"]: the path of an input issue in the input's own terms. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/** `what` names the kind of input in the error: "a valid ratings input". */
export async function readJsonInput<Schema extends z.ZodType>(
  path: string,
  option: string,
  schema: Schema,
  what: string,
): Promise<z.output<Schema>> {
  const text = await readInputFile(path, option);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${option}: ${path} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(
    ({ path: at, message }) => `  ${pathText(at) || '(input)'}: ${message}`,
  );
  throw new Error([`${option}: ${path} is not ${what}`, ...issues].join('\n'));
}
