// Reads official guidance written as JSON: { "framework": "<id>", "entries": [{ "code", "text" }] }
// (README.md, "Importing the official text"). JSON.parse gives no positions, so each entry's line is found
// from its "code" key; problems never quote the file's text.
import { z } from 'zod';
import type { OfficialEntry, OfficialProblem } from './official-entry.ts';

const officialJsonSchema = z.strictObject({
  framework: z.string().min(1),
  entries: z
    .array(z.strictObject({ code: z.string().regex(/^\S+$/), text: z.string().trim().min(1) }))
    .min(1),
});

export function parseOfficialJson(
  text: string,
  frameworkId: string,
): { entries: OfficialEntry[]; problems: OfficialProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const line = position ? lineAt(text, Number(position[1])) : null;
    return { entries: [], problems: [{ line, message: 'not valid JSON' }] };
  }
  const keyLines = (key: string) =>
    [...text.matchAll(new RegExp(`(?<!\\\\)"${key}"\\s*:`, 'g'))].map((match) => lineAt(text, match.index));
  const codeLines = keyLines('code');
  const parsed = officialJsonSchema.safeParse(json);
  if (!parsed.success) {
    return {
      entries: [],
      problems: parsed.error.issues.map(({ path, message }) => {
        const entry = path[0] === 'entries' && typeof path[1] === 'number' ? path[1] : undefined;
        return {
          line: entry === undefined ? null : (codeLines[entry] ?? null),
          message: `${path.map(String).join('.') || '(file)'}: ${message}`,
        };
      }),
    };
  }
  if (parsed.data.framework !== frameworkId) {
    return {
      entries: [],
      problems: [{ line: keyLines('framework')[0] ?? null, message: `"framework" is not ${frameworkId}` }],
    };
  }
  // Each entry has exactly one "code" key and escaped quotes inside texts are skipped, so the n-th key is
  // the n-th entry's; should the counts still differ, no line is claimed.
  const located = codeLines.length === parsed.data.entries.length;
  return {
    entries: parsed.data.entries.map(({ code, text: official }, index) => ({
      code,
      text: official.trim(),
      line: located ? codeLines[index]! : null,
    })),
    problems: [],
  };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) if (text[index] === '\n') line += 1;
  return line;
}
