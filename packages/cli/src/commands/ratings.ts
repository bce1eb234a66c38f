// `yji ratings`: standard ratings, composite score and overall rating from case judgements and qualitative
// ratings (004 ¶3.21–3.31). The JSON shape is a contract other tools build on; the plain output is for people.
import { OOCD_RULES, computeRatings, ratingsInputSchema } from '@yji/domain';
import type { KeyQuestionResult, RatingsResult, StandardResult } from '@yji/domain';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { readInputFile } from '../read-input-file.ts';

const USAGE = `Usage: yji ratings --input <json> [--oocd-rule ${OOCD_RULES.join('|')}] [--json]`;

const OPTIONS = {
  input: { type: 'string' },
  'oocd-rule': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const optionsSchema = z.object({
  input: z.string({ error: 'is required' }).min(1, { error: 'is required' }),
  'oocd-rule': z.enum(OOCD_RULES, { error: `must be one of: ${OOCD_RULES.join(', ')}` }).optional(),
  json: z.boolean().optional(),
});

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

async function readRatingsInput(path: string) {
  const text = await readInputFile(path, '--input');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`--input: ${path} is not valid JSON`);
  }
  const parsed = ratingsInputSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(
    ({ path: at, message }) => `  ${pathText(at) || '(input)'}: ${message}`,
  );
  throw new Error([`--input: ${path} is not a valid ratings input`, ...issues].join('\n'));
}

function keyQuestionText({ id, yes, applicable, percent, band }: KeyQuestionResult): string {
  return percent === null ? `${id} no applicable case` : `${id} ${yes}/${applicable} ${percent}% ${band}`;
}

function standardLines(standard: StandardResult): string[] {
  const rating = standard.rating ?? 'no rating: the panel decides';
  const head = `  ${standard.id.padEnd(4)} ${standard.kind.padEnd(12)} ${rating}`;
  if (standard.kind === 'qualitative') return [head];
  const driver = standard.drivenBy ? `, driven by ${standard.drivenBy}` : '';
  const small = standard.smallSample ? '; small sample: the panel must consider judgement (004 ¶3.28)' : '';
  return [`${head}${driver}${small}`, `       ${standard.keyQuestions.map(keyQuestionText).join(' · ')}`];
}

function summaryText(result: RatingsResult): string {
  const lines = ['Standards', ...result.standards.flatMap(standardLines), ''];
  const table = `${result.thresholds.id}${result.thresholds.confirmedFromPrimarySource ? '' : ', not confirmed from a primary source'}`;
  if (result.overall) {
    lines.push(
      `Score ${result.score} of ${result.maxScore}: overall ${result.overall} (thresholds ${table})`,
    );
  } else {
    lines.push(
      `No overall rating yet: missing ${result.missing.join(', ')}, for the panel to decide (thresholds ${table})`,
    );
  }
  return lines.join('\n');
}

// `args` are the words after `ratings`; `out` prints one block of text.
export async function runRatings(args: string[], out: (s: string) => void): Promise<number> {
  const options = parseCommandOptions(args, OPTIONS, optionsSchema, USAGE);
  const input = await readRatingsInput(options.input);
  const result = computeRatings(input, options['oocd-rule'] ? { oocdRule: options['oocd-rule'] } : {});
  out(options.json ? JSON.stringify(result, null, 2) : summaryText(result));
  return 0;
}
