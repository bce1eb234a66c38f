// `yji sample`: draws the case sample from a long list CSV (004 ¶3.32–3.33). The JSON shape is a contract
// other tools build on; the plain output is for people.
import { drawSample, isoDateSchema, parseLongList } from '@yji/domain';
import type { LongListError, SampleResult } from '@yji/domain';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { readInputFile } from '../read-input-file.ts';

const USAGE =
  'Usage: yji sample --long-list <csv> --size <n> --seed <s> --inspection-date <YYYY-MM-DD> [--court-share 0.6] [--json]';

const OPTIONS = {
  'long-list': { type: 'string' },
  size: { type: 'string' },
  seed: { type: 'string' },
  'inspection-date': { type: 'string' },
  'court-share': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const required = z.string({ error: 'is required' }).min(1, { error: 'is required' });

const optionsSchema = z.object({
  'long-list': required,
  size: required
    .regex(/^[1-9]\d*$/, { error: 'must be a whole number of cases, 1 or more' })
    .transform(Number),
  seed: required,
  'inspection-date': required.pipe(isoDateSchema),
  'court-share': z
    .string()
    .regex(/^(0|1|0?\.\d+|1\.0+)$/, { error: 'must be a number from 0 to 1' })
    .transform(Number)
    .optional(),
  json: z.boolean().optional(),
});

// A long list with thousands of bad rows should not flood the terminal; the count says how many were left out.
const ERRORS_SHOWN = 50;
const INELIGIBLE_SHOWN = 20;

function describeErrors(errors: readonly LongListError[]): string {
  const lines = errors.slice(0, ERRORS_SHOWN).map(({ line, reason }) => `  line ${line}: ${reason}`);
  if (errors.length > ERRORS_SHOWN) lines.push(`  … and ${errors.length - ERRORS_SHOWN} more`);
  const problems = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return [`--long-list: ${problems}; no sample drawn`, ...lines].join('\n');
}

function toJson(sample: SampleResult) {
  const { court, oocd, custody, byDisposalType, byCaseManager } = sample.summary;
  return {
    seed: sample.settings.seed,
    size: sample.settings.size,
    selected: sample.selected.map(({ caseId, stratum, reason }) => ({ caseId, stratum, reason })),
    reserve: sample.reserve.map(({ caseId, stratum }) => ({ caseId, stratum })),
    ineligible: sample.ineligible.map(({ caseId, reason }) => ({ caseId, reason })),
    summary: { court, oocd, custody, byDisposalType, byCaseManager },
  };
}

function counts(record: Record<string, number>): string {
  const entries = Object.entries(record).filter(([, count]) => count > 0);
  return entries.length > 0 ? entries.map(([name, count]) => `${name} ${count}`).join(', ') : 'none';
}

function summaryText(sample: SampleResult, listed: number): string {
  const { settings, summary } = sample;
  const lines = [
    `Sample of ${sample.selected.length} from ${listed - sample.ineligible.length} eligible cases ` +
      `(seed "${settings.seed}", inspection date ${settings.inspectionDate}, court share ${settings.courtShare})`,
    `  court ${summary.court}, out-of-court ${summary.oocd}, custody ${summary.custody}`,
    `  by disposal type: ${counts(summary.byDisposalType)}`,
    `  by case manager: ${counts(summary.byCaseManager)}`,
    '',
    'Selected',
    ...sample.selected.map(({ caseId, reason }) => `  ${caseId}  ${reason}`),
    '',
    'Reserve, in order of use',
  ];
  const reserveByStratum = new Map<string, string[]>();
  for (const { stratum, caseId } of sample.reserve) {
    reserveByStratum.set(stratum, [...(reserveByStratum.get(stratum) ?? []), caseId]);
  }
  for (const [stratum, ids] of reserveByStratum) lines.push(`  ${stratum}: ${ids.join(', ')}`);
  lines.push('', `Ineligible: ${sample.ineligible.length}`);
  lines.push(
    ...sample.ineligible.slice(0, INELIGIBLE_SHOWN).map(({ caseId, reason }) => `  ${caseId}  ${reason}`),
  );
  if (sample.ineligible.length > INELIGIBLE_SHOWN) {
    lines.push(`  … and ${sample.ineligible.length - INELIGIBLE_SHOWN} more (--json lists them all)`);
  }
  return lines.join('\n');
}

// `args` are the words after `sample`; `out` prints one block of text; warnings go to `warn` (stderr).
export async function runSample(
  args: string[],
  out: (s: string) => void,
  warn: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): Promise<number> {
  const options = parseCommandOptions(args, OPTIONS, optionsSchema, USAGE);
  const parsed = parseLongList(await readInputFile(options['long-list'], '--long-list'));
  if (!parsed.ok) throw new Error(describeErrors(parsed.errors));
  const sample = drawSample(parsed.cases, {
    size: options.size,
    seed: options.seed,
    inspectionDate: options['inspection-date'],
    courtShare: options['court-share'],
  });
  for (const warning of sample.warnings) warn(`warning: ${warning}`);
  out(options.json ? JSON.stringify(toJson(sample), null, 2) : summaryText(sample, parsed.cases.length));
  return 0;
}
