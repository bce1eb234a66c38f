import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCollecting, useScratchFolder } from '../../test/command-under-test.ts';
import { runRatings } from './ratings.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/ratings-input.json', import.meta.url));

const run = (args: string[]) => runCollecting(runRatings, args);
const { inputFile } = useScratchFolder('yji-ratings-');

const qualitative = { '1.1': 'Good', '1.2': 'Good', '1.3': 'Good', '1.4': 'Good', '3.4': 'Good' };

describe('yji ratings', () => {
  it('prints ratings as JSON in the agreed shape', async () => {
    const { code, out } = await run(['--input', EXAMPLE, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['standards', 'score', 'maxScore', 'overall', 'thresholds', 'missing']);
    expect(json.standards).toHaveLength(12);
    const assessment = json.standards.find((s: { id: string }) => s.id === '2.1');
    expect(Object.keys(assessment)).toEqual([
      'id',
      'kind',
      'rating',
      'smallSample',
      'drivenBy',
      'keyQuestions',
    ]);
    expect(Object.keys(assessment.keyQuestions[0])).toEqual(['id', 'yes', 'applicable', 'percent', 'band']);
    expect(json).toMatchObject({ maxScore: 36, missing: [], thresholds: { id: 'yjs-2020-12-standards' } });
  });

  it('rates a small input by the seed rules: lowest key question, unrounded, small sample', async () => {
    // 2.1: 2.1.1 39 of 49 (79.6%, Good not Outstanding); 2.1.2 and 2.1.3 5 of 5. OOCD: 3.1.2 on three cases.
    const court = Array.from({ length: 49 }, (_, index) => ({
      id: `C${index}`,
      type: 'court',
      judgements: { '2.1.1': index < 39, '2.1.2': index < 5 ? true : null, '2.1.3': index < 5 ? true : null },
    }));
    const oocd = Array.from({ length: 10 }, (_, index) => ({
      id: `O${index}`,
      type: 'oocd',
      judgements: { '3.1.1': true, '3.1.2': index < 3 ? index > 0 : null, '3.1.3': true },
    }));
    const path = await inputFile('small.json', { cases: [...court, ...oocd], qualitative });
    const json = JSON.parse((await run(['--input', path, '--json'])).out);
    const byId = (id: string) => json.standards.find((s: { id: string }) => s.id === id);
    expect(byId('2.1')).toMatchObject({ rating: 'Good', drivenBy: '2.1.1', smallSample: false });
    expect(byId('2.1').keyQuestions[0]).toEqual({
      id: '2.1.1',
      yes: 39,
      applicable: 49,
      percent: 80,
      band: 'Good',
    });
    expect(byId('3.1')).toMatchObject({ rating: 'Good', drivenBy: '3.1.2', smallSample: true });
    expect(byId('2.2')).toMatchObject({ rating: null });
    expect(json).toMatchObject({ overall: null, score: null, missing: ['2.2', '2.3', '2.4', '3.2', '3.3'] });
  });

  it('applies the desistance-first OOCD rule only when asked', async () => {
    const oocd = Array.from({ length: 10 }, (_, index) => ({
      id: `O${index}`,
      type: 'oocd',
      judgements: { '3.1.1': true, '3.1.2': index < 4 ? index === 0 : null, '3.1.3': true },
    }));
    const path = await inputFile('oocd.json', { cases: oocd, qualitative });
    const rating = async (args: string[]) =>
      JSON.parse((await run(['--input', path, '--json', ...args])).out).standards.find(
        (s: { id: string }) => s.id === '3.1',
      ).rating;
    expect(await rating([])).toBe('Inadequate');
    expect(await rating(['--oocd-rule', 'desistance-first'])).toBe('Good');
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(['--input', EXAMPLE]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Standards\n {2}1\.1 {2}qualitative {2}Good/);
    expect(out).toMatch(
      /Score \d+ of 36: overall (Outstanding|Good|Requires improvement|Inadequate) \(thresholds yjs-2020-12-standards\)$/,
    );
  });

  it.each([
    [[], '--input: is required'],
    [['--input', '/nonexistent.json'], '--input: cannot read /nonexistent.json (ENOENT)'],
    [
      ['--input', EXAMPLE, '--oocd-rule', 'risk-first'],
      '--oocd-rule: must be one of: lowest-key-question, desistance-first',
    ],
    [['--input', EXAMPLE, 'extra'], "Unexpected argument 'extra'"],
  ])('refuses bad options %#', async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });

  it('refuses input that is not JSON, without repeating it', async () => {
    const path = await inputFile('broken.json', '{"cases": [{"id": "Jane Doe"');
    await expect(run(['--input', path])).rejects.toThrow(`--input: ${path} is not valid JSON`);
  });

  it('refuses invalid input, naming where', async () => {
    const path = await inputFile('invalid.json', {
      cases: [{ id: 'C1', type: 'court', judgements: { '2.1.1': 'yes', '3.1.1': true } }],
      qualitative: { '1.1': 'Very good' },
    });
    await expect(run(['--input', path])).rejects.toThrow(
      [
        `--input: ${path} is not a valid ratings input`,
        '  cases[0].judgements["2.1.1"]: Invalid input: expected boolean, received string',
        '  qualitative["1.1"]: Invalid option: expected one of "Inadequate"|"Requires improvement"|"Good"|"Outstanding"',
      ].join('\n'),
    );
  });

  it('rates an inspection that used the earlier domain three with --out-of-court d3-legacy: 3.4 from section J', async () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, index) => ({
        id: `J${index}`,
        type: 'oocd',
        judgements: { '3.4.1': index < 5, '3.4.2': null },
      })),
    ];
    // 3.4 is case-based here, so the lead inspector gives no qualitative rating for it.
    const { '3.4': _caseBased, ...legacyQualitative } = qualitative;
    const path = await inputFile('legacy.json', { cases, qualitative: legacyQualitative });
    await expect(run(['--input', path])).rejects.toThrow(
      'cases[0].judgements["3.4.1"]: not a key question judged on oocd cases',
    );
    const { out } = await run(['--input', path, '--out-of-court', 'd3-legacy', '--json']);
    const partnership = JSON.parse(out).standards.find((standard: { id: string }) => standard.id === '3.4');
    expect(partnership).toMatchObject({
      kind: 'case-based',
      rating: 'Outstanding',
      drivenBy: '3.4.1',
      smallSample: false,
    });
    await expect(run(['--input', path, '--out-of-court', 'd3-v9'])).rejects.toThrow(
      /^--out-of-court: must be one of: d3-v3\.6, d3-legacy/,
    );
  });
});
