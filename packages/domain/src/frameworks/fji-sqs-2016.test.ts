// The 2016 FJI/SQS case assessment (002) as data: every numbered row of the guide loaded, in its View, with
// the question types, answer scales and rules the guide describes, and a pointer to the lines it comes from.
import { describe, expect, it } from 'vitest';
import { locatedQuestions } from './questions.ts';
import { requireFramework } from './registry.ts';

const fji = requireFramework('fji-sqs-2016');
const questions = locatedQuestions(fji).map(({ question }) => question);
const byCode = new Map(questions.map((question) => [question.code, question]));
const question = (code: string) => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no question ${code}`);
  return found;
};

// The guide's numbered rows in order, counted by hand from 002 (3.16.3 is printed twice).
const GUIDE_ROWS = [
  ...[
    '1',
    '2',
    '3a',
    '3b',
    '4',
    '5',
    '6',
    '7a',
    '7b',
    '8',
    '9a',
    '9b',
    '9c',
    '9d',
    '9e',
    '10a',
    '10b',
    '10c',
  ],
  ...['11', '12a', '12b', '12c', '13a', '13b', '13c', '14'],
  ...['1.1.1', '1.1.2.1', '1.1.3', '1.1.4', '1.2.1', '1.2.2', '1.3.1', '1.3.2', '1.4.1', '1.4.2', '1.5.1'],
  ...['1.5.2', '1.5.3', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.7.1', '1.7.2', '1.8.1', '1.8.2', '1.9.1'],
  ...['1.9.2', '1.9.3', '1.9.4', '1.10.1', '1.10.2', '1.13.1', '1.13.1.2', '1.13.2', '1.13.3', '1.14.1'],
  ...['1.15.1', '1.15.2', '1.16.1', '1.16.2', '1.17.1', '1.17.2', '1.18.1', '1.18.2', '1.20a', '1.20b'],
  ...['2.0.1', '2.0.2', '2.1.0', '2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.3.1', '2.3.2', '2.4.1'],
  ...['2.4.2', '2.8.1', '2.8.2', '2.9.1', '2.9.2', '2.10.1', '2.10.2', '2.12.1', '2.12.2', '2.12.3'],
  ...['2.13.1', '2.13.2', '2.15.1', '2.15.2', '2.16.1', '2.16.2', '2.17.a', '2.17.2', '2.20'],
  ...['3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2', '3.4.1', '3.4.2', '3.4.3', '3.5.1', '3.5.2'],
  ...['3.6.1', '3.6.1.1', '3.6.2', '3.6.3', '3.7.1', '3.7.2', '3.8.1', '3.8.1.1', '3.8.2', '3.8.3', '3.10.1'],
  ...['3.10.2', '3.10.3', '3.12.1', '3.12.2', '3.12.3', '3.14.1', '3.14.2', '3.16.1', '3.16.2', '3.16.3'],
  ...['3.16.3', '3.18.1', '3.18.2', '3.20a', '3.20b'],
  ...['4.1', '4.2.1', '4.2.2', '4.3.1', '4.3.2', '4.4.1', '4.4.2', '4.6', '4.7.1', '4.7.2', '4.8.1', '4.8.2'],
  ...['4.10.1', '4.10.2', '4.12', '4.13.1', '4.13.2', '4.13.3', '4.14.1', '4.16.1', '4.16.2', '4.17.1'],
  ...['4.17.2', '4.18.0', '4.18.1', '4.18.2', '4.18.3', '4.19.1', '4.19.2', '4.19.3', '4.20'],
  ...['5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.2', '5.3', '5.4.1', '5.4.2', '5.5', '5.7.1', '5.7.2'],
  ...['5.8', '5.9', '5.10', '5.15.1', '5.15.2'],
];
// Rows that print a number and nothing else.
const NUMBER_ONLY = ['3.6.1.1', '4.18.0'];

// The guide row a question comes from: its printed code without a lettered part, spaces or trailing dots.
const linesOf = (q: (typeof questions)[number]) => q.source.lines as readonly [number, number];
const rowOf = (printed: string) =>
  printed
    .replace(/ \(was [\d.]+\)$/, '')
    .replace(/ [a-e]\)$/, '')
    .replace(/^(\d+)\.? ?([a-e])\.?$/, '$1$2');

describe('the 2016 framework (002)', () => {
  it('counts 183 numbered rows in the guide and loads all but the two that print only a number', () => {
    expect(GUIDE_ROWS).toHaveLength(183);
    const rows = new Map<number, string>();
    for (const q of questions) rows.set(linesOf(q)[0], rowOf(q.source.code));
    const loaded = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
    expect(loaded).toEqual(GUIDE_ROWS.filter((row) => !NUMBER_ONLY.includes(row)));
    expect(loaded).toHaveLength(181);
    expect(questions).toHaveLength(195);
  });

  it('points every question at its lines in the seed, in order, and at a criterion where column 2 gives one', () => {
    let previous = 0;
    for (const q of questions) {
      const [first, last] = linesOf(q);
      expect(first).toBeGreaterThanOrEqual(previous);
      expect(last).toBeGreaterThanOrEqual(first);
      expect(last).toBeLessThan(7946); // Appendix A starts on line 7946
      previous = first;
    }
    expect(question('1.1.1').criterion).toBe('1.2.1');
    expect(question('1.15.1').criterion).toBe('I.2');
  });

  it('has Views 0 to 5, View 3 for FJI only, and a narrative question per View that judges', () => {
    expect(fji.sections.map((section) => section.code)).toEqual(['V0', 'V1', 'V2', 'V3', 'V4', 'V5']);
    expect(fji.sections[3]?.appliesWhen).toMatchObject({ when: 'programme', in: ['fji'] });
    const narratives = questions.filter((q) => q.kind === 'narrative').map((q) => q.code);
    expect(narratives).toEqual(['1.20a', '1.20b', '2.20', '3.20a', '3.20b', '4.20', '5.10']);
  });

  it('has the four question types of its Introduction and every answer scale the guide describes', () => {
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['information', 'judgement', 'explanation', 'narrative']),
    );
    expect(question('1.3.1').answers).toEqual({ type: 'sufficiency', notApplicable: false });
    expect(question('2.8.1').answers).toEqual({ type: 'sufficiency', notApplicable: true });
    expect(question('9b').answers).toEqual({ type: 'yes-no', third: 'not_known' });
    expect(question('9d').answers).toEqual({ type: 'yes-no', third: 'not_required' });
    expect(question('4.13.1a').answers).toEqual({ type: 'yes-no', third: 'insufficient_evidence' });
    expect(question('10b').answers).toMatchObject({
      type: 'number',
      unit: 'months',
      codes: [{ value: '999', label: 'indeterminate sentence' }],
    });
    expect(question('2.1.0').answers).toMatchObject({ type: 'choices', max: 5 });
    expect(question('2.1.2').answers).toMatchObject({
      type: 'grid',
      cell: { type: 'sufficiency', notApplicable: true },
    });
    expect(question('3.7.1').answers).toMatchObject({ type: 'grid', rows: { chosenAt: '2.1.0' } });
    expect(question('4.12').answers).toMatchObject({ type: 'grid', rows: { chosenAt: '2.1.0' } });
  });

  it('asks every explanation only after an insufficient judgement, with pre-coded reasons and Other, and says the reasons are our reading of the tool', () => {
    const explanations = questions.filter((q) => q.kind === 'explanation');
    expect(explanations).toHaveLength(57);
    for (const explanation of explanations) {
      expect(explanation.answers.type, explanation.code).toBe('reasons');
      expect(explanation.appliesWhen?.when, explanation.code).toMatch(/^(any-)?answer$/);
      expect((explanation.appliesWhen as unknown as { in: string[] }).in).toEqual(['insufficient']);
      expect(explanation.fromTool?.leaves, explanation.code).toContain('reasons');
    }
  });

  it('marks what is not a scoring question, and what yji records elsewhere instead of asking', () => {
    const notScoring = questions.filter((q) => q.notScoring).map((q) => q.code);
    expect(notScoring).toEqual(
      expect.arrayContaining([
        '9e',
        '1.1.2.1',
        '1.2.1',
        '1.5.2',
        '1.9.3',
        '1.13.1.2',
        '2.1.2',
        '2.12.2',
        // 002 line 5415: "does not contribute to the overall inspection scores".
        '3.10.2',
        '4.1',
        '4.6',
        '4.19.1',
        '5.5',
      ]),
    );
    const recorded = Object.fromEntries(
      questions.filter((q) => q.recordedElsewhere).map((q) => [q.code, q.recordedElsewhere!.field]),
    );
    expect(recorded).toEqual({
      '1': 'task.assessor',
      '2': 'team.assessor-role',
      '3a': 'inspection.yjs',
      '3b': 'inspection.country',
      '4': 'case.gender',
      '6': 'case.ethnicity',
      '10a': 'case.disposal-type',
      '13a': 'interview.role',
      '13b': 'interview.case-manager-seen-before',
      '13c': 'interview.language',
      '14': 'inspection.modules',
      '5.15.1': 'alert.raised',
      '5.15.2': 'alert.forwarded-by',
    });
  });

  it('records where the guide leaves wording, options, reasons or rows to the Case Assessment Tool, with the decision taken', () => {
    const fromTool = questions.filter((q) => q.fromTool);
    expect(fromTool.length).toBeGreaterThan(70);
    for (const q of fromTool) expect(q.fromTool!.decision.length, q.code).toBeGreaterThan(40);
    expect(question('2.1.0').fromTool?.leaves).toEqual(['options']);
    expect(question('9c').fromTool?.leaves).toEqual(['wording']);
  });

  it('asks 1.14.1 (child sexual exploitation) to lead to the Alert & Action procedure on a yes', () => {
    expect(question('1.14.1').considerAlert).toMatchObject({ in: ['yes'] });
  });

  it('assesses court sentences only, and defines no gating and no standards', () => {
    expect(fji.disposalTypes).toEqual([
      'referral_order',
      'youth_rehabilitation_order',
      'custodial_sentence',
      'other_court',
    ]);
    expect(fji.gating).toEqual({ mode: 'none' });
    expect(fji.sections.every((section) => section.standard === null && section.rating === null)).toBe(true);
    expect(fji.family).toBe('fji-sqs-2016');
  });
});
