// `yji frameworks list|show`: the framework versions yji knows and their question banks. The JSON shapes
// are a contract other tools build on; the plain output is for people.
import { listFrameworks, locatedQuestions, questionCount, requireFramework } from '@yji/domain';
import type { AnswerScale, CellScale, Framework, Question } from '@yji/domain';

const USAGE = 'Usage: yji frameworks list [--json] | yji frameworks show <id> [--json]';

// `args` are the words after `frameworks`; `out` prints one block of text (like console.log).
export async function runFrameworks(args: string[], out: (s: string) => void): Promise<number> {
  const json = args.includes('--json');
  const unknownFlag = args.find((arg) => arg.startsWith('-') && arg !== '--json');
  if (unknownFlag) throw new Error(`Unknown option "${unknownFlag}". ${USAGE}`);
  const [command, ...rest] = args.filter((arg) => arg !== '--json');
  if (command === 'list' && rest.length === 0) {
    out(json ? JSON.stringify(listFrameworks().map(summary), null, 2) : listTable(listFrameworks()));
    return 0;
  }
  if (command === 'show' && rest.length === 1) {
    const framework = requireFramework(rest[0]!);
    out(json ? JSON.stringify(detail(framework), null, 2) : showText(framework));
    return 0;
  }
  throw new Error(command ? `Unknown or incomplete command "frameworks ${args.join(' ')}". ${USAGE}` : USAGE);
}

function summary(framework: Framework) {
  const { id, domain, title, source } = framework;
  return { id, domain, title, source, questionCount: questionCount(framework) };
}

function detail(framework: Framework) {
  const { id, domain, title, source } = framework;
  return {
    id,
    domain,
    title,
    source,
    sections: framework.sections.map((section) => ({
      code: section.code,
      name: section.name,
      keyQuestions: section.keyQuestions.map((keyQuestion) => ({
        code: keyQuestion.code,
        standard: keyQuestion.standard,
        text: keyQuestion.text,
        questions: keyQuestion.questions.map(({ code, text, kind, answers }) => ({
          code,
          text,
          kind,
          answers,
        })),
      })),
    })),
  };
}

function listTable(frameworks: Framework[]): string {
  const rows = frameworks.map((framework) => [
    framework.id,
    framework.domain === null ? 'all' : String(framework.domain),
    String(questionCount(framework)),
    framework.title,
  ]);
  return table([['ID', 'DOMAIN', 'QUESTIONS', 'TITLE'], ...rows]);
}

function showText(framework: Framework): string {
  const questionRow = (question: Question) => [
    `    ${question.code}`,
    question.kind,
    describeAnswers(question.answers),
    question.text,
  ];
  // One set of column widths for the whole framework, so every key question lines up.
  const widths = columnWidths(locatedQuestions(framework).map(({ question }) => questionRow(question)));
  const lines = [
    framework.title,
    `${framework.id} · ${questionCount(framework)} questions · from ${framework.source}`,
  ];
  for (const section of framework.sections) {
    const standard = section.standard ? `standard ${section.standard}` : 'no standard';
    lines.push('', `${section.code}  ${section.name} (${standard})`);
    for (const keyQuestion of section.keyQuestions) {
      lines.push(
        `  ${keyQuestion.code}  [${keyQuestion.standard ?? 'not rated'}]  ${keyQuestion.text ?? ''}`.trimEnd(),
      );
      for (const question of keyQuestion.questions) lines.push(formatRow(questionRow(question), widths));
    }
  }
  return lines.join('\n');
}

function describeAnswers(scale: AnswerScale | CellScale): string {
  switch (scale.type) {
    case 'yes-no':
      return scale.third ? `yes/no/${scale.third.replaceAll('_', ' ')}` : 'yes/no';
    case 'classification':
      return [
        ...scale.levels.map((level) => level.label),
        ...(scale.notRecorded ? [scale.notRecorded.label] : []),
      ].join('/');
    case 'choice':
      return `one of ${scale.options.length}`;
    case 'choices':
      return scale.max ? `up to ${scale.max} of ${scale.options.length}` : `any of ${scale.options.length}`;
    case 'number':
      return `number (${scale.unit})`;
    case 'grid':
      return `grid: ${describeAnswers(scale.cell)} per row`;
    case 'sufficiency':
      return scale.notApplicable ? 'sufficient/insufficient/n/a' : 'sufficient/insufficient';
    case 'reasons':
      return `reasons (${scale.options.length})`;
    case 'text':
      return 'text';
  }
}

// Left-aligned columns, two spaces apart; the last column is not padded.
function table(rows: string[][]): string {
  const widths = columnWidths(rows);
  return rows.map((row) => formatRow(row, widths)).join('\n');
}

function columnWidths(rows: string[][]): number[] {
  return rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
}

function formatRow(row: string[], widths: number[]): string {
  return row
    .map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell))
    .join('  ');
}
