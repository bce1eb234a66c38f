// Reads official guidance written as markdown: one `## <code>` heading per entry, the official text below it
// word for word (README.md, "Importing the official text").
import type { OfficialEntry, OfficialProblem } from './official-entry.ts';

const HEADING = /^##(?!#)(.*)$/;
const TITLE = /^#(?!#)\s/;

export function parseOfficialMarkdown(text: string): {
  entries: OfficialEntry[];
  problems: OfficialProblem[];
} {
  const entries: OfficialEntry[] = [];
  const problems: OfficialProblem[] = [];
  let open: { code: string; line: number; body: string[] } | undefined;
  let titleSeen = false;
  const close = () => {
    if (!open) return;
    const body = trimBlankLines(open.body);
    if (body.length === 0)
      problems.push({ line: open.line, message: `## ${open.code} has no text under it` });
    else entries.push({ code: open.code, text: body.join('\n'), line: open.line });
    open = undefined;
  };
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    const heading = HEADING.exec(content);
    if (heading) {
      close();
      const code = heading[1]!.trim().split(/\s+/)[0] ?? '';
      if (code === '' || !/^\s/.test(heading[1]!)) {
        problems.push({ line, message: 'a "##" heading must be "## <code>", e.g. "## A1.1"' });
        return;
      }
      open = { code, line, body: [] };
    } else if (open) {
      open.body.push(content);
    } else if (TITLE.test(content) && !titleSeen && entries.length === 0) {
      titleSeen = true;
    } else if (content.trim() !== '') {
      problems.push({ line, message: 'text before the first "## <code>" heading' });
    }
  });
  close();
  if (entries.length === 0 && problems.length === 0)
    problems.push({ line: null, message: 'no "## <code>" entries' });
  return { entries, problems };
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start += 1;
  while (end > start && lines[end - 1]!.trim() === '') end -= 1;
  return lines.slice(start, end);
}
