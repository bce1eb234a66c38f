import { fileURLToPath } from 'node:url';
import { COURT_CASE, FJI_CASE, completeAnswers } from '@yji/domain/testing';
import { requireFramework } from '@yji/domain';
import { describe, expect, it } from 'vitest';
import { runCollecting, useScratchFolder } from '../../test/command-under-test.ts';
import { runAssessment } from './assessment.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/assessment-check.json', import.meta.url));

const run = (...args: string[]) => runCollecting(runAssessment, args);
const { inputFile } = useScratchFolder('yji-assessment-');

const d2 = requireFramework('d2-v6.5');
const fji = requireFramework('fji-sqs-2016');
const facts = { disposalType: 'referral_order', disposalStart: '2025-05-02', caseManager: 'CM01' };

describe('yji assessment check', () => {
  it('prints the applicable codes, errors and warnings as JSON (the example: safety low, risk not recorded)', async () => {
    const { code, out } = await run('check', '--framework', 'd2-v6.5', '--input', EXAMPLE, '--json');
    expect(code).toBe(0);
    const check = JSON.parse(out);
    expect(Object.keys(check)).toEqual(['applicable', 'errors', 'warnings']);
    expect(check.applicable).toEqual(expect.arrayContaining(['A2.5', 'A2.9', 'A3S']));
    expect(check.applicable).not.toContain('A2S');
    expect(check.errors).toEqual(
      expect.arrayContaining([
        {
          code: 'A2S',
          rule: 'does-not-apply',
          message: 'A2S does not apply to this case; remove its answer',
        },
        expect.objectContaining({ code: 'A3.11', rule: 'expected-answer' }),
        { code: 'P1.1', rule: 'unanswered', message: 'Answer P1.1: it applies to this case' },
      ]),
    );
    expect(check.warnings).toEqual([expect.objectContaining({ code: 'A1S', rule: 'rationale-needed' })]);
  });

  it('finds nothing wrong with a complete case, and reads rationale notes', async () => {
    const answers = completeAnswers(d2, COURT_CASE, {
      'A1.1': 'no',
      'A1.2': 'no',
      'A1.3': 'no',
      'A1.4': 'no',
      A1S: 'yes',
    });
    const input = { case: { facts, inspectorClassification: COURT_CASE.inspectorClassification }, answers };
    const checked = JSON.parse(
      (await run('check', '--framework', 'd2-v6.5', '--input', await inputFile('d2.json', input), '--json'))
        .out,
    );
    expect(checked.errors).toEqual([]);
    expect(checked.warnings.map((w: { rule: string }) => w.rule)).toEqual(['rationale-needed']);
    const noted = { ...input, rationale: { A1S: 'The strengths outweigh the gaps.' } };
    const again = JSON.parse(
      (await run('check', '--framework', 'd2-v6.5', '--input', await inputFile('d2n.json', noted), '--json'))
        .out,
    );
    expect(again).toMatchObject({ errors: [], warnings: [] });
  });

  it('checks a 2016 case with its programme and interview', async () => {
    const answers = completeAnswers(fji, FJI_CASE, { '1.14.1': 'no' });
    const input = {
      case: {
        facts: { ...facts, disposalType: FJI_CASE.disposalType },
        interview: FJI_CASE.interview,
        inspection: { programme: 'fji', modules: ['courts', 'interventions'] },
      },
      answers,
    };
    const checked = JSON.parse(
      (
        await run(
          'check',
          '--framework',
          'fji-sqs-2016',
          '--input',
          await inputFile('fji.json', input),
          '--json',
        )
      ).out,
    );
    expect(checked).toMatchObject({ errors: [], warnings: [] });
    expect(checked.applicable).toContain('5.3a');
  });

  it('reports a misspelt disposal type as an error of the assessment, not of the input', async () => {
    const input = { case: { facts: { disposalType: 'YCC' } }, answers: {} };
    const { code, out } = await run(
      'check',
      '--framework',
      'd3-legacy',
      '--input',
      await inputFile('ycc.json', input),
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).errors[0]).toMatchObject({ code: 'disposalType', rule: 'unknown-disposal-type' });
  });

  it('prints a readable summary without --json', async () => {
    const { out } = await run('check', '--framework', 'd2-v6.5', '--input', EXAMPLE);
    expect(out).toMatch(/^56 questions of d2-v6\.5 apply: A1\.1 /);
    expect(out).toContain('  A2S  [does-not-apply]  A2S does not apply to this case; remove its answer');
    expect(out).toContain('Warnings: 1');
  });

  it('refuses bad input, naming each path and never repeating the content', async () => {
    const bad = {
      case: {
        facts: { disposalType: 'referral_order', gender: 42 },
        inspectorClassification: { safetyWellbeing: 'SECRET-low' },
      },
      answers: { 'A1.1': 7 },
      extra: true,
    };
    const error = await run(
      'check',
      '--framework',
      'd2-v6.5',
      '--input',
      await inputFile('bad.json', bad),
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^--input: .*bad\.json is not a valid assessment input\n/);
    expect(message).toContain('  case.facts.gender: ');
    expect(message).toContain('  case.inspectorClassification.safetyWellbeing: ');
    expect(message).toContain('  answers["A1.1"]: ');
    expect(message).not.toContain('SECRET');
  });

  it('refuses an unknown framework, a missing option, a file that is not JSON, and a command other than check', async () => {
    await expect(run('check', '--framework', 'd2-v9', '--input', EXAMPLE)).rejects.toThrow(
      /^--framework: must be one of: d2-v6\.5, d3-v3\.6, d3-legacy, standards-2020, fji-sqs-2016\nUsage: yji assessment check/,
    );
    await expect(run('check', '--framework', 'd2-v6.5')).rejects.toThrow(/^--input: is required/);
    await expect(
      run('check', '--framework', 'd2-v6.5', '--input', await inputFile('x.json', 'not json')),
    ).rejects.toThrow(/is not valid JSON$/);
    await expect(run('validate')).rejects.toThrow(/^Unknown command "assessment validate"\nUsage:/);
    await expect(run()).rejects.toThrow(/^Usage: yji assessment check/);
  });
});
