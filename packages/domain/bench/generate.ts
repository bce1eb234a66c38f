// Prints fictitious example data, e.g. the CLI examples:
//   node bench/generate.ts long-list --rows 60 --seed examples --inspection-date 2025-06-30
//   node bench/generate.ts ratings --cases 40 --seed examples
import { parseArgs } from 'node:util';
import { generateLongList } from './long-list-generator.ts';
import { generateRatingsInput } from './ratings-input-generator.ts';

const USAGE =
  'Usage: node bench/generate.ts long-list --rows <n> --seed <s> --inspection-date <YYYY-MM-DD> | ratings --cases <n> --seed <s>';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string' },
    cases: { type: 'string' },
    seed: { type: 'string', default: 'examples' },
    'inspection-date': { type: 'string' },
  },
});

const [kind] = positionals;
if (kind === 'long-list' && values.rows && values['inspection-date']) {
  process.stdout.write(
    generateLongList({
      rows: Number(values.rows),
      seed: values.seed,
      inspectionDate: values['inspection-date'],
    }),
  );
} else if (kind === 'ratings' && values.cases) {
  process.stdout.write(
    `${JSON.stringify(generateRatingsInput({ cases: Number(values.cases), seed: values.seed }), null, 2)}\n`,
  );
} else {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 1;
}
