// `yji frameworks list|show`: the framework versions yji knows and their question banks. The JSON shapes
// are a contract other tools build on; the plain output is for people.
import {
  conditionsFor,
  gatingFor,
  listFrameworks,
  locatedQuestions,
  questionCount,
  requireFramework,
} from '@yji/domain';
import type { AnswerScale, CellScale, Condition, Framework, LocatedQuestion, Question } from '@yji/domain';
import { dataDirectory, readOfficialLayer } from '../official-guidance-store.ts';
import { withGuidance } from './framework-guidance.ts';
import { IMPORT_GUIDANCE_USAGE, runImportGuidance } from './import-guidance.ts';

const USAGE = `Usage: yji frameworks list [--json] | yji frameworks show <id> [--json]\n${IMPORT_GUIDANCE_USAGE}`;

// `args` are the words after `frameworks`; `out` prints one block of text (like console.log).
export async function runFrameworks(args: string[], out: (s: string) => void): Promise<number> {
  if (args[0] === 'import-guidance') return runImportGuidance(args.slice(1), out);
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
    const official = json ? await readOfficialLayer(dataDirectory(), framework.id) : undefined;
    out(json ? JSON.stringify(withGuidance(detail(framework), official), null, 2) : showText(framework));
    return 0;
  }
  throw new Error(command ? `Unknown or incomplete command "frameworks ${args.join(' ')}". ${USAGE}` : USAGE);
}

/** What names a framework and where it comes from: the first fields of both the list and the detail. */
const identity = ({ id, name, family, domain, title, source }: Framework) => ({
  id,
  name,
  family,
  domain,
  title,
  source,
});

function summary(framework: Framework) {
  return { ...identity(framework), status: framework.status.stage, questionCount: questionCount(framework) };
}

// Every question with every rule that decides it: the conditions it needs (its section's, key question's and
// its own), what the gating rule does to it, its answer scale, and what else a rule says of it (null if
// nothing), so a reader never has to reconstruct a rule from the structure.
function detail(framework: Framework) {
  const { status, gating, sections } = framework;
  return {
    ...identity(framework),
    status,
    disposalTypes: framework.disposalTypes ?? [],
    gating,
    decisions: framework.decisions ?? [],
    sections: sections.map((section) => ({
      code: section.code,
      name: section.name,
      standard: section.standard,
      rating: section.rating,
      keyQuestions: section.keyQuestions.map((keyQuestion) => ({
        code: keyQuestion.code,
        standard: keyQuestion.standard,
        text: keyQuestion.text,
        questions: keyQuestion.questions.map((question) =>
          questionDetail(framework, { section, keyQuestion, question }),
        ),
      })),
    })),
  };
}

function questionDetail(framework: Framework, { section, keyQuestion, question }: LocatedQuestion) {
  const { code, text, kind, answers } = question;
  return {
    code,
    text,
    kind,
    answers,
    appliesWhen: conditionsFor(section, keyQuestion, question),
    gating: gatingFor(framework, keyQuestion, question),
    expectedAnswer: question.expectedAnswer ?? null,
    recordedElsewhere: question.recordedElsewhere ?? null,
    notScoring: question.notScoring ?? null,
    considerAlert: question.considerAlert ?? null,
    criterion: question.criterion ?? null,
    fromTool: question.fromTool ?? null,
    source: question.source,
  };
}

function listTable(frameworks: Framework[]): string {
  const rows = frameworks.map((framework) => [
    framework.id,
    framework.name,
    framework.domain === null
      ? framework.family === 'youth-standards'
        ? 'all'
        : '-'
      : String(framework.domain),
    String(questionCount(framework)),
    framework.status.stage,
  ]);
  return table([['ID', 'NAME', 'DOMAIN', 'QUESTIONS', 'STATUS'], ...rows]);
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
      for (const question of keyQuestion.questions) {
        lines.push(formatRow(questionRow(question), widths));
        const rules = rulesText(framework, { section, keyQuestion, question });
        if (rules) lines.push(`      ↳ ${rules}`);
      }
    }
  }
  return lines.join('\n');
}

// One line of the rules a question is under, for people; --json has them in full.
function rulesText(framework: Framework, located: LocatedQuestion): string {
  const { question } = located;
  const gating = gatingFor(framework, located.keyQuestion, question);
  const parts = conditionsFor(located.section, located.keyQuestion, question).map(describeCondition);
  if (gating?.rule === 'inspector-classification')
    parts.push(
      `below ${gating.minimumLevel}: ${gating.belowMinimum === 'asked' ? 'still asked' : 'not asked'}`,
    );
  if (gating?.rule === 'yes-when-no-factors')
    parts.push(`no factors: ${gating.withoutFactors.replace('-', ' ')}`);
  if (question.expectedAnswer)
    parts.push(`${question.expectedAnswer.value} ${describeCondition(question.expectedAnswer.when)}`);
  if (question.recordedElsewhere) parts.push(`recorded as ${question.recordedElsewhere.field}, not asked`);
  if (question.notScoring) parts.push('not scoring');
  return parts.join(' · ');
}

function describeCondition(condition: Condition): string {
  switch (condition.when) {
    case 'answer':
      return `when ${condition.question} is ${condition.in.join(' or ')}`;
    case 'any-answer':
      return `when any of ${condition.questions.join(', ')} is ${condition.in.join(' or ')}`;
    case 'disposal-type':
      return `only for ${condition.in.join(', ')}`;
    case 'programme':
      return `only in ${condition.in.map((programme) => programme.toUpperCase()).join(', ')}`;
    case 'module':
      return `only with the ${condition.module} module`;
    case 'country':
      return `only in ${condition.in.join(', ')}`;
    case 'interview':
      return condition.requires === 'took-place'
        ? 'after an interview'
        : 'after a first interview with the case manager';
  }
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
