// Validates an official-guidance file against its framework: every entry names a section, key question or
// question the framework has, once. All problems are reported together, each with its line, so the file can
// be fixed in one pass; the caller writes nothing unless there are none.
import type { Framework } from '../schema.ts';
import { frameworkCodes } from './integrity.ts';
import type { OfficialEntry, OfficialFormat, OfficialProblem } from './official-entry.ts';
import { parseOfficialJson } from './official-json.ts';
import { parseOfficialMarkdown } from './official-markdown.ts';

export type OfficialReadResult =
  { ok: true; entries: OfficialEntry[] } | { ok: false; problems: OfficialProblem[] };

// A code is echoed in a problem only when it looks like one; anything else is not repeated back.
const CODE_LIKE = /^[A-Za-z0-9.]{1,16}$/;

export function readOfficialGuidance(
  text: string,
  format: OfficialFormat,
  framework: Framework,
): OfficialReadResult {
  const { entries, problems } =
    format === 'markdown' ? parseOfficialMarkdown(text) : parseOfficialJson(text, framework.id);
  const codes = frameworkCodes(framework);
  const firstLine = new Map<string, number | null>();
  for (const { code, line } of entries) {
    const known = codes.sections.has(code) || codes.keyQuestions.has(code) || codes.questions.has(code);
    const named = CODE_LIKE.test(code) ? `"${code}"` : 'a code';
    if (!known) problems.push({ line, message: `unknown code ${named} for framework ${framework.id}` });
    else if (firstLine.has(code))
      problems.push({
        line,
        message: `${named} appears again (first at line ${firstLine.get(code) ?? '?'})`,
      });
    else firstLine.set(code, line);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}
