import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCollecting, useScratchFolder } from '../../test/command-under-test.ts';
import { runSample } from './sample.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/long-list.csv', import.meta.url));
const HEADER =
  'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm';

const run = (args: string[]) => runCollecting(runSample, args);
const { inputFile } = useScratchFolder('yji-sample-');

/** The options of a draw of `size` cases from `longList` with `seed`, for an inspection on 30 June 2025. */
const drawOf = (longList: string, size: string, seed = 'x', inspectionDate = '2025-06-30') => [
  '--long-list',
  longList,
  '--size',
  size,
  '--seed',
  seed,
  '--inspection-date',
  inspectionDate,
];
const base = drawOf(EXAMPLE, '24', 'demo');

describe('yji sample', () => {
  it('prints the sample as JSON in the agreed shape', async () => {
    const { code, out } = await run([...base, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['seed', 'size', 'selected', 'reserve', 'ineligible', 'summary']);
    expect(json).toMatchObject({ seed: 'demo', size: 24 });
    expect(json.selected).toHaveLength(24);
    expect(Object.keys(json.selected[0])).toEqual(['caseId', 'stratum', 'reason']);
    expect(Object.keys(json.reserve[0])).toEqual(['caseId', 'stratum']);
    expect(Object.keys(json.ineligible[0])).toEqual(['caseId', 'reason']);
    expect(Object.keys(json.summary)).toEqual([
      'court',
      'oocd',
      'custody',
      'byDisposalType',
      'byCaseManager',
    ]);
    // 60% of 24 is 14.4: 14 court cases (004 ¶3.33); the list has eight custody cases, so five are taken (¶3.15).
    expect(json.summary).toMatchObject({ court: 14, oocd: 10, custody: 5 });
  });

  it('draws the same sample again from the same seed', async () => {
    expect((await run([...base, '--json'])).out).toBe((await run([...base, '--json'])).out);
  });

  it('takes the court share as an option', async () => {
    const json = JSON.parse((await run([...base, '--court-share', '0.5', '--json'])).out);
    expect(json.summary).toMatchObject({ court: 12, oocd: 12 });
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(base);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Sample of 24 from \d+ eligible cases \(seed "demo", inspection date 2025-06-30, court share 0\.6\)/,
    );
    expect(out).toContain('court 14, out-of-court 10, custody 5');
    expect(out).toContain('Reserve, in order of use');
  });

  it('warns on stderr when resettlement 2.5 is out of scope', async () => {
    const list = await inputFile(
      'no-custody.csv',
      `${HEADER}\nC1,referral_order,2025-06-01,CM1,Male,White,medium,medium\n`,
    );
    const { code, warnings } = await run(drawOf(list, '1', 's'));
    expect(code).toBe(0);
    expect(warnings).toEqual([
      'warning: 0 eligible custody cases, fewer than 5: resettlement standard 2.5 is out of scope (004 ¶3.15)',
    ]);
  });

  it.each([
    [['--size', '24', '--seed', 'demo', '--inspection-date', '2025-06-30'], '--long-list: is required'],
    [drawOf(EXAMPLE, 'ten'), '--size: must be a whole number of cases, 1 or more'],
    [
      drawOf(EXAMPLE, '5', 'x', '30/06/2025'),
      '--inspection-date: must be a calendar date written YYYY-MM-DD',
    ],
    [[...base, '--court-share', '60'], '--court-share: must be a number from 0 to 1'],
    [[...base, '--colour'], "Unknown option '--colour'"],
    [drawOf('/nonexistent/list.csv', '5'), '--long-list: cannot read /nonexistent/list.csv (ENOENT)'],
  ])('refuses bad options %#', async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });

  it('refuses a long list with bad rows, by line, without repeating the data', async () => {
    const list = await inputFile(
      'bad.csv',
      `${HEADER}\nC1,referral_order,2025-06-01,CM1,Male,White,medium,medium\nJohn Smith,remand,2025-06-01,CM1,Male,White,medium,medium\n`,
    );
    const attempt = run(drawOf(list, '5'));
    await expect(attempt).rejects.toThrow(
      /^--long-list: 1 problem; no sample drawn\n {2}line 3: case_id must be/,
    );
    await expect(attempt).rejects.not.toThrow(/John|remand/);
  });
});
