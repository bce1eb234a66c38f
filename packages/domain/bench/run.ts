// `pnpm bench`: times the domain's heavy paths on generated data and a baseline on the same machine, prints
// JSON and writes it to bench-results/domain.json at the repository root. A benchmark, not a test: it reports
// the budgets (sampling a 100,000-row long list well under 500 ms, rating 10,000 cases under 50 ms) but
// does not fail on them, since timings depend on the machine; the baseline makes runs comparable.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { computeRatings } from '../src/ratings/index.ts';
import { drawSample, parseLongList } from '../src/sampling/index.ts';
import { generateLongList } from './long-list-generator.ts';
import { generateRatingsInput } from './ratings-input-generator.ts';
import { measure } from './measure.ts';
import { createPrng } from './seeded-prng.ts';
import type { Prng } from './seeded-prng.ts';

const ROWS = 100_000;
const RATED_CASES = 10_000;
const INSPECTION_DATE = '2025-06-30';
const SAMPLE = { size: 60, seed: 'bench', inspectionDate: INSPECTION_DATE };
const RUNS = { warmups: 3, iterations: 9 };
const BUDGETS_MS = { 'parse and sample 100,000 rows': 500, 'rate 10,000 cases': 50 };

const longList = generateLongList({ rows: ROWS, seed: 'bench', inspectionDate: INSPECTION_DATE });
const ratingsInput = generateRatingsInput({ cases: RATED_CASES, seed: 'bench' });
const caseIds = shuffled(
  longList.split('\r\n').map((line) => line.slice(0, line.indexOf(','))),
  createPrng('bench'),
);

function shuffled<T>(items: T[], random: Prng): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

function parseAndSample() {
  const parsed = parseLongList(longList);
  if (!parsed.ok) throw new Error(`generated long list rejected: ${parsed.errors[0]?.reason}`);
  const sample = drawSample(parsed.cases, SAMPLE);
  if (sample.selected.length !== SAMPLE.size) throw new Error('generated long list gave a short sample');
  return sample;
}

const results = [
  // Baseline: plain work of the same scale, to compare machines: a code-point sort of the 100,000 case ids,
  // shuffled.
  measure('baseline: sort 100,000 strings', () => [...caseIds].sort(), RUNS),
  measure('parse 100,000 rows', () => parseLongList(longList), RUNS),
  measure('parse and sample 100,000 rows', parseAndSample, RUNS),
  measure('rate 10,000 cases', () => computeRatings(ratingsInput), RUNS),
];

const baseline = results[0]?.medianMs ?? Number.NaN;
const report = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  },
  inputs: { rows: ROWS, longListBytes: longList.length, sample: SAMPLE, ratedCases: RATED_CASES, ...RUNS },
  results: results.map((result) => {
    const budgetMs = BUDGETS_MS[result.name as keyof typeof BUDGETS_MS] ?? null;
    return {
      ...result,
      timesBaseline: Math.round((result.medianMs / baseline) * 100) / 100,
      budgetMs,
      withinBudget: budgetMs === null ? null : result.medianMs <= budgetMs,
    };
  }),
};

const json = JSON.stringify(report, null, 2);
process.stdout.write(`${json}\n`);
const directory = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
await mkdir(directory, { recursive: true });
await writeFile(`${directory}domain.json`, `${json}\n`);
