import { describe, expect, it } from 'vitest';
import { requireFramework } from '../frameworks/index.ts';
import type { CaseContext } from './case-context.ts';
import { COURT_CASE, OOCD_CASE, completeAnswers } from './complete-answers.fixture.ts';
import { keyQuestionJudgements } from './judgements.ts';

const d2 = requireFramework('d2-v6.5');
const d3 = requireFramework('d3-v3.6');
const legacy = requireFramework('d3-legacy');

describe('keyQuestionJudgements (for ratings, 004 ¶3.23)', () => {
  it('gives one yes/no per standard key question of domain two', () => {
    expect(keyQuestionJudgements(d2, COURT_CASE, completeAnswers(d2, COURT_CASE))).toEqual({
      '2.1.1': true,
      '2.1.2': true,
      '2.1.3': true,
      '2.2.1': true,
      '2.2.2': true,
      '2.2.3': true,
      '2.3.1': true,
      '2.3.2': true,
      '2.3.3': true,
      '2.4.1': true,
      '2.4.2': true,
      '2.4.3': true,
    });
  });

  it('gives null where the inspector classified the concern low (004 ¶3.26: the n shrinks)', () => {
    const low: CaseContext = {
      ...COURT_CASE,
      inspectorClassification: { safetyWellbeing: 'low', riskOfHarm: 'high' },
    };
    const judgements = keyQuestionJudgements(d2, low, completeAnswers(d2, low));
    expect([judgements['2.1.2'], judgements['2.2.2'], judgements['2.3.2'], judgements['2.4.2']]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(judgements['2.1.3']).toBe(true);
  });

  it('reads the summary as answered: no stays no even when every prompt is yes (003 D 1 S)', () => {
    const answers = completeAnswers(d3, OOCD_CASE, { D1S: 'no', A1S: 'yes', 'A1.1': 'no' });
    const judgements = keyQuestionJudgements(d3, OOCD_CASE, answers);
    expect(judgements['3.3.1']).toBe(false);
    expect(judgements['3.1.1']).toBe(true);
  });

  it('covers only rated key questions: not 003 I 1.x or O 2', () => {
    expect(Object.keys(keyQuestionJudgements(d3, OOCD_CASE, completeAnswers(d3, OOCD_CASE)))).toEqual([
      '3.1.1',
      '3.1.2',
      '3.1.3',
      '3.2.1',
      '3.2.2',
      '3.2.3',
      '3.3.1',
      '3.3.2',
      '3.3.3',
    ]);
  });

  it('gives null for 000 J 2 outside youth conditional cautions, and judges J 1', () => {
    const resolution = { ...OOCD_CASE, disposalType: 'community_resolution' };
    const judgements = keyQuestionJudgements(legacy, resolution, completeAnswers(legacy, resolution));
    expect(judgements).toMatchObject({ '3.4.1': true, '3.4.2': null });
  });

  it('refuses an unanswered applicable summary rather than let it pass as not applicable', () => {
    const { A2S: _omitted, ...answers } = completeAnswers(d2, COURT_CASE);
    expect(() => keyQuestionJudgements(d2, COURT_CASE, answers)).toThrow(
      'A2S is not answered yes or no; validate the assessment before rating it',
    );
  });

  it('has nothing to judge in the 2020 standards (no case summaries)', () => {
    const standards = requireFramework('standards-2020');
    expect(keyQuestionJudgements(standards, COURT_CASE, {})).toEqual({});
  });
});
