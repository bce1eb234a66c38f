import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../frameworks/deep-freeze.ts';
import { requireFramework } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';
import type { CaseContext } from './case-context.ts';
import { COURT_CASE, OOCD_CASE, completeAnswers } from './complete-answers.fixture.ts';
import { validateAssessment } from './validation.ts';

const d2 = requireFramework('d2-v6.5');
const d3 = requireFramework('d3-v3.6');
const legacy = requireFramework('d3-legacy');

const rules = (result: ReturnType<typeof validateAssessment>['errors']) =>
  result.map((issue) => `${issue.code}:${issue.rule}`);

// 001 A 1: the seven desistance prompts, A 1.10 and the summary.
const A1_PROMPTS = ['A1.1', 'A1.2', 'A1.3', 'A1.4', 'A1.5', 'A1.6', 'A1.7'];
const withPrompts = (value: 'yes' | 'no', count: number) =>
  Object.fromEntries(A1_PROMPTS.slice(0, count).map((code) => [code, value]));

describe('validateAssessment — completeness and scale', () => {
  it('accepts a complete assessment within scale', () => {
    expect(validateAssessment(d2, COURT_CASE, completeAnswers(d2, COURT_CASE))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('reports an applicable question left unanswered, by code', () => {
    const { 'A1.1': _omitted, ...answers } = completeAnswers(d2, COURT_CASE);
    expect(validateAssessment(d2, COURT_CASE, answers).errors).toEqual([
      { code: 'A1.1', rule: 'unanswered', message: 'Answer A1.1: it applies to this case' },
    ]);
  });

  it('reports values outside the scale without repeating them', () => {
    const answers = {
      ...completeAnswers(d3, OOCD_CASE),
      'A1.1': 'maybe',
      'A2.4': 'extreme',
      'I1.5': 'secret-marker',
      'I1.6': ' ',
    };
    const { errors } = validateAssessment(d3, OOCD_CASE, answers);
    expect(rules(errors)).toEqual([
      'I1.5:outside-scale',
      'I1.6:outside-scale',
      'A1.1:outside-scale',
      'A2.4:outside-scale',
    ]);
    expect(errors.find((issue) => issue.code === 'A2.4')?.message).toBe(
      'A2.4 allows only low, medium, high, very_high, not_recorded',
    );
    for (const issue of errors) expect(issue.message).not.toMatch(/maybe|extreme|secret-marker/);
  });

  it('reports an answer to a question that does not apply, or does not exist in this version', () => {
    const lowSafety: CaseContext = {
      ...COURT_CASE,
      inspectorClassification: { safetyWellbeing: 'low', riskOfHarm: 'high' },
    };
    const answers = { ...completeAnswers(d2, lowSafety), A2S: 'yes', 'Z9.9': 'yes' };
    expect(rules(validateAssessment(d2, lowSafety, answers).errors)).toEqual([
      'A2S:does-not-apply',
      'Z9.9:unknown-question',
    ]);
  });

  it('treats 003 I 1.11 as not applying when I 1.9 is no, and 000 J 2 outside youth conditional cautions', () => {
    const d3Answers = { ...completeAnswers(d3, OOCD_CASE, { 'I1.9': 'no' }), 'I1.11': 'limited_a_lot' };
    expect(rules(validateAssessment(d3, OOCD_CASE, d3Answers).errors)).toEqual(['I1.11:does-not-apply']);
    const resolution = { ...OOCD_CASE, disposalType: 'community_resolution' };
    const legacyAnswers = { ...completeAnswers(legacy, resolution), J2S: 'yes' };
    expect(rules(validateAssessment(legacy, resolution, legacyAnswers).errors)).toEqual([
      'J2S:does-not-apply',
    ]);
  });
});

describe('validateAssessment — gating rules', () => {
  it("asks for the inspector's own classification once per concern (004 ¶3.26)", () => {
    const unclassified: CaseContext = { disposalType: 'referral_order', inspectorClassification: {} };
    const { errors } = validateAssessment(d2, unclassified, completeAnswers(d2, unclassified));
    expect(rules(errors)).toEqual([
      'inspectorClassification.safetyWellbeing:classification-needed',
      'inspectorClassification.riskOfHarm:classification-needed',
    ]);
    expect(errors[0]?.message).toContain("inspector's own classification of medium or above");
  });

  it('needs no classification in domain three v3.6, which does not gate by it', () => {
    const unclassified: CaseContext = {
      ...OOCD_CASE,
      disposalType: 'youth_caution',
      inspectorClassification: {},
    };
    expect(validateAssessment(d3, unclassified, completeAnswers(d3, unclassified)).errors).toEqual([]);
  });

  it('requires yes for P 2 S, P 3 S, D 2 S, D 3 S when there are no relevant factors (003)', () => {
    const noFactors: CaseContext = {
      ...OOCD_CASE,
      relevantFactors: { safetyWellbeing: false, riskOfHarm: false },
    };
    const answers = completeAnswers(d3, noFactors, { P2S: 'no', D3S: 'no', A2S: 'no' });
    const { errors } = validateAssessment(d3, noFactors, answers);
    // A 2 S is judged on its merits: 003 says nothing of "no factors" for assessment.
    expect(rules(errors)).toEqual(['P2S:yes-when-no-factors', 'D3S:yes-when-no-factors']);
    expect(errors[0]?.message).toBe(
      'P2S is answered yes when there are no factors related to safety and wellbeing (003_f442948dee9fa802.txt P 2 S)',
    );
    const withFactors: CaseContext = { ...OOCD_CASE, relevantFactors: { safetyWellbeing: true } };
    expect(validateAssessment(d3, withFactors, answers).errors).toEqual([]);
  });
});

describe('validateAssessment — a classification the case record lacks (001 A 2.5, 003 A 2.4: "every case should have a classification")', () => {
  it("accepts not_recorded as the case manager's classification, in every CARaG", () => {
    for (const [framework, context, codes] of [
      [d2, COURT_CASE, ['A2.5', 'A3.4']],
      [d3, OOCD_CASE, ['A2.4', 'A3.3']],
      [legacy, OOCD_CASE, ['A2.4', 'A3.3']],
    ] as const) {
      const fixed = Object.fromEntries(codes.map((code) => [code, 'not_recorded']));
      const answers = completeAnswers(framework, context, {
        ...fixed,
        'A3.11': 'no',
        'A3.8': 'no',
        'A3.10': 'no',
        'A2.6': 'no',
        'A3.5': 'no',
      });
      expect(validateAssessment(framework, context, answers).errors, framework.id).toEqual([]);
    }
  });

  it('counts it as a deficiency: 003 A 2.6 / A 3.5 (reasonable?) and the written records that need a categorisation are no', () => {
    const answers = completeAnswers(d3, OOCD_CASE, {
      'A2.4': 'not_recorded',
      'A3.3': 'not_recorded',
      'A2.6': 'yes',
      'A3.5': 'yes',
      'A3.8': 'yes',
      'A2.8': 'yes',
    });
    const { errors } = validateAssessment(d3, OOCD_CASE, answers);
    expect(rules(errors)).toEqual(['A2.6:expected-answer', 'A3.5:expected-answer', 'A3.8:expected-answer']);
    expect(errors[0]?.message).toMatch(
      /^A2\.6 is answered no here \(003_f442948dee9fa802\.txt A 2\.6 asks whether the classification is reasonable; decision \(docs\/domain\.md\)/,
    );
    const d2Answers = completeAnswers(d2, COURT_CASE, { 'A3.4': 'not_recorded', 'A3.11': 'yes' });
    expect(rules(validateAssessment(d2, COURT_CASE, d2Answers).errors)).toEqual(['A3.11:expected-answer']);
  });

  it("does not change gating, which follows the inspector's own classification (004 ¶3.26)", () => {
    const answers = completeAnswers(d2, COURT_CASE, {
      'A2.5': 'not_recorded',
      'A3.4': 'not_recorded',
      'A3.11': 'no',
    });
    expect(Object.keys(answers)).toContain('A2S');
    expect(validateAssessment(d2, COURT_CASE, answers).errors).toEqual([]);
  });

  it('asks the classifications and the written record of a case the inspector judges low (001 A 2.5, A 2.9)', () => {
    const low: CaseContext = {
      ...COURT_CASE,
      inspectorClassification: { safetyWellbeing: 'low', riskOfHarm: 'low' },
    };
    const { 'A2.5': _a, 'A3.11': _b, ...answers } = completeAnswers(d2, low);
    expect(rules(validateAssessment(d2, low, answers).errors)).toEqual([
      'A2.5:unanswered',
      'A3.11:unanswered',
    ]);
  });
});

describe('validateAssessment — disposal types are a closed list per framework', () => {
  it('reports a disposal type the framework does not list, naming the ones it does', () => {
    const misspelt: CaseContext = { ...OOCD_CASE, disposalType: 'YCC' };
    const { errors } = validateAssessment(legacy, misspelt, completeAnswers(legacy, OOCD_CASE));
    expect(rules(errors)).toContain('disposalType:unknown-disposal-type');
    expect(errors.find((issue) => issue.rule === 'unknown-disposal-type')?.message).toBe(
      "the disposal type is not one of d3-legacy's: community_resolution, youth_restorative_disposal, youth_caution, youth_conditional_caution, other_oocd",
    );
  });

  it('refuses a court disposal type in an out-of-court framework and the other way round', () => {
    const court: CaseContext = { ...OOCD_CASE, disposalType: 'referral_order' };
    expect(rules(validateAssessment(d3, court, completeAnswers(d3, court)).errors)).toContain(
      'disposalType:unknown-disposal-type',
    );
    const oocd: CaseContext = { ...COURT_CASE, disposalType: 'youth_caution' };
    expect(rules(validateAssessment(d2, oocd, completeAnswers(d2, oocd)).errors)).toEqual([
      'disposalType:unknown-disposal-type',
    ]);
  });
});

describe("validateAssessment — the summary is the inspector's own judgement (docs/domain.md §3)", () => {
  it('accepts A 1 S yes with some prompts no, without a rationale (001 A 1 S: strengths outweigh gaps)', () => {
    const answers = completeAnswers(d2, COURT_CASE, { ...withPrompts('no', 3), A1S: 'yes' });
    expect(validateAssessment(d2, COURT_CASE, answers)).toEqual({ errors: [], warnings: [] });
  });

  it('warns, never errs, when A 1 S is yes against most prompts (001 A 1 S), until a rationale is noted', () => {
    const answers = completeAnswers(d2, COURT_CASE, { ...withPrompts('no', 4), A1S: 'yes' });
    const result = validateAssessment(d2, COURT_CASE, answers);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'A1S',
        rule: 'rationale-needed',
        message: 'A1S disagrees with most of its answered prompts; add a rationale note',
      },
    ]);
    expect(
      validateAssessment(d2, COURT_CASE, answers, { A1S: 'Strengths outweigh the gaps here.' }).warnings,
    ).toEqual([]);
    expect(validateAssessment(d2, COURT_CASE, answers, { A1S: '   ' }).warnings).toHaveLength(1);
  });

  it('warns when D 1 S is no with most prompts yes (003 D 1 S: one omission can decide)', () => {
    const answers = completeAnswers(d3, OOCD_CASE, { D1S: 'no' });
    expect(validateAssessment(d3, OOCD_CASE, answers).warnings.map((w) => w.code)).toEqual(['D1S']);
  });

  it('never changes the answers it checks', () => {
    const answers = deepFreeze(completeAnswers(d2, COURT_CASE, { ...withPrompts('no', 7), A1S: 'yes' }));
    const before = JSON.stringify(answers);
    validateAssessment(d2, COURT_CASE, answers as Answers);
    expect(JSON.stringify(answers)).toBe(before);
  });
});

describe('validateAssessment — exclusion (003 I 1.1)', () => {
  const careExperienced = (inspectedYjsIsHome: boolean, inspectedYjsAssessed: boolean): CaseContext => ({
    ...OOCD_CASE,
    careExperience: { inspectedYjsIsHome, inspectedYjsAssessed },
  });
  const answers = completeAnswers(d3, OOCD_CASE, { 'I1.1': 'yes' });

  it('excludes a care-experienced child whose inspected YJS is neither home nor responsible for assessment', () => {
    expect(validateAssessment(d3, careExperienced(false, false), answers).errors).toEqual([
      {
        code: 'I1.1',
        rule: 'case-excluded',
        message:
          'I1.1: the case is excluded from the sample and must be replaced (003_f442948dee9fa802.txt I 1.1)',
      },
    ]);
  });

  it('keeps the case when the inspected YJS is home, or took responsibility for assessment', () => {
    expect(validateAssessment(d3, careExperienced(true, false), answers).errors).toEqual([]);
    expect(validateAssessment(d3, careExperienced(false, true), answers).errors).toEqual([]);
  });

  it('asks for the home/host facts when the child is care experienced, and not otherwise', () => {
    const { careExperience: _unknown, ...factsUnknown } = OOCD_CASE;
    expect(rules(validateAssessment(d3, factsUnknown, answers).errors)).toEqual(['I1.1:care-facts-needed']);
    const notCareExperienced = completeAnswers(d3, OOCD_CASE, { 'I1.1': 'no' });
    expect(validateAssessment(d3, OOCD_CASE, notCareExperienced).errors).toEqual([]);
  });
});
