// `yji ratings`: standard ratings, composite score and overall rating from case judgements and qualitative
// ratings (004 ¶3.21–3.31). The JSON shape is a contract other tools build on; the plain output is for people.
// The input's custodyCases decides whether resettlement (2.5) is rated (004 ¶3.15): the domain's input schema
// refuses a 2.5 rating without five, and computeRatings counts 2.5 only with them.
import { OOCD_RULES, computeRatings, ratedStandardsFor, ratingsInputSchemaFor } from '@yji/domain';
import type { KeyQuestionResult, RatingsResult, StandardResult } from '@yji/domain';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { readJsonInput } from '../read-json-input.ts';

// The out-of-court banks that can be rated with the 2020 standards: with d3-legacy (000), 3.4 is its
// case-based partnership working standard (ratedStandardsFor).
const OUT_OF_COURT = ['d3-v3.6', 'd3-legacy'] as const;

const USAGE = `Usage: yji ratings --input <json> [--out-of-court ${OUT_OF_COURT.join('|')}] [--oocd-rule ${OOCD_RULES.join('|')}] [--json]`;

const OPTIONS = {
  input: { type: 'string' },
  'out-of-court': { type: 'string' },
  'oocd-rule': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const optionsSchema = z.object({
  input: z.string({ error: 'is required' }).min(1, { error: 'is required' }),
  'out-of-court': z
    .enum(OUT_OF_COURT, { error: `must be one of: ${OUT_OF_COURT.join(', ')}` })
    .default('d3-v3.6'),
  'oocd-rule': z.enum(OOCD_RULES, { error: `must be one of: ${OOCD_RULES.join(', ')}` }).optional(),
  json: z.boolean().optional(),
});

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
  const standards = ratedStandardsFor({
    courtDisposals: 'd2-v6.5',
    outOfCourt: options['out-of-court'],
    standards: 'standards-2020',
  });
  const schema = ratingsInputSchemaFor(standards);
  const input = await readJsonInput(options.input, '--input', schema, 'a valid ratings input');
  const oocdRule = options['oocd-rule'];
  const result = computeRatings(input, { standards, ...(oocdRule ? { oocdRule } : {}) });
  out(options.json ? JSON.stringify(result, null, 2) : summaryText(result));
  return 0;
}
