import { describe, expect, it } from 'vitest';
import { locatedQuestions, questionCount, requireFramework } from '../frameworks/index.ts';
import type { Framework } from '../frameworks/index.ts';
import type { ClassificationLevel } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';
import { COURT_CASE, OOCD_CASE, completeAnswers } from './complete-answers.fixture.ts';

const d2 = requireFramework('d2-v6.5');
const d3 = requireFramework('d3-v3.6');
const legacy = requireFramework('d3-legacy');

const codes = (framework: Framework, caseContext: CaseContext, answers: Answers = {}) =>
  applicableQuestions(framework, caseContext, answers).map((question) => question.code);

const keyQuestionCodes = (framework: Framework, keyQuestion: string) =>
  locatedQuestions(framework)
    .filter((located) => located.keyQuestion.code === keyQuestion)
    .map((located) => located.question.code);

const classified = (
  safetyWellbeing?: ClassificationLevel,
  riskOfHarm?: ClassificationLevel,
): CaseContext => ({
  disposalType: 'referral_order',
  inspectorClassification: { safetyWellbeing, riskOfHarm },
});

describe("applicableQuestions — gating by the inspector's classification (004 ¶3.26, d2-v6.5, d3-legacy)", () => {
  it('asks everything when the inspector classifies both concerns medium or above', () => {
    expect(codes(d2, COURT_CASE)).toHaveLength(questionCount(d2));
    expect(codes(d2, classified('very_high', 'high'))).toHaveLength(questionCount(d2));
  });

  it('takes out the safety and wellbeing judgements (A2, P2, D2, R2) when the inspector classifies it low, but not the questions asked of every case (001 A 2.5, A 2.9)', () => {
    const asked = codes(d2, classified('low', 'medium'));
    const kept = ['A2.5', 'A2.9'];
    for (const keyQuestion of ['A2', 'P2', 'D2', 'R2']) {
      for (const code of keyQuestionCodes(d2, keyQuestion))
        expect(asked.includes(code), code).toBe(kept.includes(code));
    }
    expect(asked).toContain('A3S');
    expect(asked).toHaveLength(questionCount(d2) - (6 - 2) - 5 - 3 - 5);
  });

  it('takes out the risk of harm judgements in domain two but keeps A 3.4 and A 3.11 (001: "every case", "even when … low")', () => {
    const asked = codes(d2, classified('high', 'low'));
    expect(asked.filter((code) => /^[APDR]3/.test(code))).toEqual(['A3.4', 'A3.11']);
  });

  it('keeps the classifications and A 3.10 in the earlier domain three, but not A 2.8, whose guidance does not ask it of low cases (000)', () => {
    const low = (safetyWellbeing: ClassificationLevel, riskOfHarm: ClassificationLevel) =>
      codes(legacy, { ...OOCD_CASE, inspectorClassification: { safetyWellbeing, riskOfHarm } });
    expect(low('high', 'low').filter((code) => /^[APD]3/.test(code))).toEqual(['A3.3', 'A3.10']);
    expect(low('low', 'high').filter((code) => /^[APD]2/.test(code))).toEqual(['A2.4']);
    expect(low('low', 'high')).toContain('A3S');
  });

  it("is driven by the inspector's classification, not the case manager's answer (001 A 2.5)", () => {
    const asked = codes(d2, COURT_CASE, { 'A2.5': 'low', 'A3.4': 'low' });
    expect(asked).toContain('A2S');
    expect(asked).toContain('R3S');
  });

  it('Decision: keeps a key question applicable until the inspector records a classification', () => {
    expect(codes(d2, classified(undefined, undefined))).toHaveLength(questionCount(d2));
  });
});

describe('applicableQuestions — domain three v3.6 (003)', () => {
  it('never gates by classification: with no factors P 2 S etc. are answered yes instead', () => {
    const low: CaseContext = {
      ...OOCD_CASE,
      inspectorClassification: { safetyWellbeing: 'low', riskOfHarm: 'low' },
    };
    const noFactors: CaseContext = { ...low, relevantFactors: { safetyWellbeing: false, riskOfHarm: false } };
    const all = codes(d3, OOCD_CASE, { 'I1.9': 'yes' });
    expect(codes(d3, low, { 'I1.9': 'yes' })).toEqual(all);
    // Decision (questionsWhenNoFactors: 'asked'): the seed speaks only of the summary.
    expect(codes(d3, noFactors, { 'I1.9': 'yes' })).toEqual(all);
  });

  it('asks I 1.11 (impact of disability) only when I 1.9 is yes', () => {
    expect(codes(d3, OOCD_CASE, { 'I1.9': 'yes' })).toContain('I1.11');
    expect(codes(d3, OOCD_CASE, { 'I1.9': 'no' })).not.toContain('I1.11');
    expect(codes(d3, OOCD_CASE)).not.toContain('I1.11');
  });
});

describe('applicableQuestions — structure and conditions', () => {
  it('asks J 2 only in youth conditional caution cases (000 J 2); J 1 always', () => {
    const ycc = codes(legacy, OOCD_CASE);
    const resolution = codes(legacy, { ...OOCD_CASE, disposalType: 'community_resolution' });
    expect(ycc).toEqual(expect.arrayContaining(['J1S', 'J2.1', 'J2.2', 'J2S']));
    expect(resolution).toContain('J1S');
    expect(resolution.filter((code) => code.startsWith('J2'))).toEqual([]);
  });

  it('has reviewing (R) only in domain two', () => {
    expect(codes(d2, COURT_CASE).filter((code) => code.startsWith('R'))).toHaveLength(18);
    for (const framework of [d3, legacy]) {
      expect(locatedQuestions(framework).filter(({ question }) => question.code.startsWith('R'))).toEqual([]);
    }
  });

  it('never skips planning or delivery because assessment missed something (docs/domain.md §3, 001 P 1.1)', () => {
    const missedEverything = Object.fromEntries(
      locatedQuestions(d2)
        .filter(({ section, question }) => section.code === 'A' && question.answers.type === 'yes-no')
        .map(({ question }) => [question.code, 'no']),
    );
    const laterWork = (answers: Answers) =>
      codes(d2, COURT_CASE, answers).filter((code) => !code.startsWith('A'));
    expect(laterWork(missedEverything)).toEqual(laterWork(completeAnswers(d2, COURT_CASE)));
  });
});
