// `yji assessment check`: which questions apply to a case and what is wrong with its answers, by the same
// functions the fieldwork service uses (caseContextOf, checkAssessment). The JSON shape is a contract other
// tools build on; the plain output is for people. Messages name codes and rules, never answers.
import {
  FRAMEWORK_IDS,
  answersSchema,
  assessedCaseSchema,
  caseContextOf,
  checkAssessment,
  rationaleNotesSchema,
  requireFramework,
} from '@yji/domain';
import type { AssessmentCheck, AssessmentIssue } from '@yji/domain';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { readJsonInput } from '../read-json-input.ts';

const USAGE = `Usage: yji assessment check --framework <${FRAMEWORK_IDS.join('|')}> --input <json> [--json]`;

const OPTIONS = {
  framework: { type: 'string' },
  input: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const required = z.string({ error: 'is required' }).min(1, { error: 'is required' });

const optionsSchema = z.object({
  framework: required.refine((id) => (FRAMEWORK_IDS as readonly string[]).includes(id), {
    error: `must be one of: ${FRAMEWORK_IDS.join(', ')}`,
  }),
  input: required,
  json: z.boolean().optional(),
});

// The case as the fieldwork service holds it, the answers so far and the rationale notes for summaries.
const inputSchema = z.strictObject({
  case: assessedCaseSchema,
  answers: answersSchema,
  rationale: rationaleNotesSchema.optional(),
});

function issueLines(title: string, issues: readonly AssessmentIssue[]): string[] {
  if (issues.length === 0) return [`${title}: none`];
  return [
    `${title}: ${issues.length}`,
    ...issues.map(({ code, rule, message }) => `  ${code}  [${rule}]  ${message}`),
  ];
}

function checkText(frameworkId: string, check: AssessmentCheck): string {
  return [
    `${check.applicable.length} questions of ${frameworkId} apply: ${check.applicable.join(' ')}`,
    ...issueLines('Errors', check.errors),
    ...issueLines('Warnings', check.warnings),
  ].join('\n');
}

// `args` are the words after `assessment`; `out` prints one block of text.
export async function runAssessment(args: string[], out: (s: string) => void): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'check')
    throw new Error(command ? `Unknown command "assessment ${command}"\n${USAGE}` : USAGE);
  const options = parseCommandOptions(rest, OPTIONS, optionsSchema, USAGE);
  const framework = requireFramework(options.framework);
  const input = await readJsonInput(options.input, '--input', inputSchema, 'a valid assessment input');
  const check = checkAssessment(framework, caseContextOf(input.case), input.answers, input.rationale);
  out(options.json ? JSON.stringify(check, null, 2) : checkText(framework.id, check));
  return 0;
}
