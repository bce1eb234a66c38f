import { describe, expect, it } from 'vitest';
import { fji2016Excerpt } from '../frameworks/fji-2016-excerpt.fixture.ts';
import { frameworkSchema, locatedQuestions, questionCount, requireFramework } from '../frameworks/index.ts';
import type { Framework } from '../frameworks/index.ts';
import type { ClassificationLevel } from '../frameworks/schema.ts';
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

  it('drops every safety and wellbeing key question (A2, P2, D2, R2) when the inspector classifies it low', () => {
    const asked = codes(d2, classified('low', 'medium'));
    for (const keyQuestion of ['A2', 'P2', 'D2', 'R2']) {
      for (const code of keyQuestionCodes(d2, keyQuestion)) expect(asked).not.toContain(code);
    }
    expect(asked).toContain('A3S');
    expect(asked).toHaveLength(questionCount(d2) - 6 - 5 - 3 - 5);
  });

  it('drops every risk of harm key question (A3, P3, D3) in the earlier domain three when low', () => {
    const asked = codes(legacy, {
      ...OOCD_CASE,
      inspectorClassification: { safetyWellbeing: 'high', riskOfHarm: 'low' },
    });
    for (const keyQuestion of ['A3', 'P3', 'D3']) {
      for (const code of keyQuestionCodes(legacy, keyQuestion)) expect(asked).not.toContain(code);
    }
    expect(asked).toContain('A2S');
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

  it('never skips planning or delivery because assessment missed something (DOMAIN.md §3, 001 P 1.1)', () => {
    const missedEverything = Object.fromEntries(
      locatedQuestions(d2)
        .filter(({ section, question }) => section.code === 'A' && question.answers.type === 'yes-no')
        .map(({ question }) => [question.code, 'no']),
    );
    const laterWork = (answers: Answers) =>
      codes(d2, COURT_CASE, answers).filter((code) => !code.startsWith('A'));
    expect(laterWork(missedEverything)).toEqual(laterWork(completeAnswers(d2, COURT_CASE)));
  });

  it('routes the 2016 model by answers (002: 3b → 9a → 9e; explanations after insufficient judgements)', () => {
    const fji = frameworkSchema.parse(fji2016Excerpt);
    const none = { disposalType: 'referral_order', inspectorClassification: {} };
    const asked = (answers: Answers) => codes(fji, none, answers);
    expect(asked({ '3b': 'england' })).not.toContain('9a');
    expect(asked({ '3b': 'wales' })).toContain('9a');
    expect(asked({ '3b': 'wales', '9a': 'english' })).not.toContain('9e');
    expect(asked({ '3b': 'wales', '9a': 'not_known' })).toContain('9e');
    // 9e follows 9a only while 9a itself applies.
    expect(asked({ '3b': 'england', '9a': 'welsh' })).not.toContain('9e');
    expect(asked({ '1.4.1': 'sufficient' })).not.toContain('1.4.2');
    expect(asked({ '1.4.1': 'insufficient', '3.12.1': 'not_applicable' })).toEqual(
      expect.arrayContaining(['1.4.2', '1.20b', '3.20a']),
    );
    expect(asked({ '3.12.1': 'not_applicable' })).not.toContain('3.12.3');
  });
});
