// Assessing a case against the 2016 FJI/SQS framework (002): its routing, its conditions on the programme,
// modules, country, custody and interview, its answer types, and the per-section report of its judgements.
import { describe, expect, it } from 'vitest';
import { requireFramework } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';
import { FJI_CASE, completeAnswers } from './complete-answers.fixture.ts';
import { sectionJudgements } from './section-judgements.ts';
import { validateAssessment } from './validation.ts';

const fji = requireFramework('fji-sqs-2016');
const asked = (context: CaseContext, answers: Answers = completeAnswers(fji, context)) =>
  applicableQuestions(fji, context, answers).map((question) => question.code);
const rules = (context: CaseContext, answers: Answers) =>
  validateAssessment(fji, context, answers).errors.map((issue) => `${issue.code}:${issue.rule}`);

const SQS: CaseContext = { ...FJI_CASE, inspection: { country: 'england', programme: 'sqs' } };
const WALES: CaseContext = { ...FJI_CASE, inspection: { ...FJI_CASE.inspection, country: 'wales' } };
const CUSTODY: CaseContext = { ...FJI_CASE, disposalType: 'custodial_sentence' };
const MODULE_QUESTIONS = ['1.5.3', '1.15.1', '2.2.1', '3.20b', '4.13.2'];
const CUSTODY_QUESTIONS = ['10c', '2.0.1', '2.9.1', '2.13.1', '3.4.3', '3.6.3', '3.10.1', '3.10.2'];

describe('the 2016 framework — a complete assessment', () => {
  it('validates a complete FJI case with both modules', () => {
    const answers = completeAnswers(fji, FJI_CASE, { '1.14.1': 'no' });
    expect(validateAssessment(fji, FJI_CASE, answers)).toEqual({ errors: [], warnings: [] });
  });

  it('never asks what yji records elsewhere, and refuses an answer to it', () => {
    const codes = asked(FJI_CASE);
    for (const code of ['1', '2', '3a', '3b', '4', '6', '10a', '13a', '13b', '13c', '14', '5.15.1', '5.15.2'])
      expect(codes).not.toContain(code);
    const answers = { ...completeAnswers(fji, FJI_CASE), '3b': 'england', '1': 'A Name' };
    expect(rules(FJI_CASE, answers)).toEqual(['1:recorded-elsewhere', '3b:recorded-elsewhere']);
    expect(JSON.stringify(validateAssessment(fji, FJI_CASE, answers))).not.toContain('A Name');
  });
});

describe('the 2016 framework — programme, modules, country, custody (002)', () => {
  it('asks View 3 in a Full Joint Inspection only ("FJI only")', () => {
    expect(asked(FJI_CASE).filter((code) => code.startsWith('3.')).length).toBeGreaterThan(20);
    expect(asked(SQS).filter((code) => code.startsWith('3.'))).toEqual([]);
  });

  it('asks the courts and interventions module questions only when the FJI includes the module', () => {
    expect(asked(FJI_CASE)).toEqual(expect.arrayContaining(MODULE_QUESTIONS));
    const noModules: CaseContext = { ...FJI_CASE, inspection: { programme: 'fji', modules: [] } };
    expect(asked(noModules).filter((code) => MODULE_QUESTIONS.includes(code))).toEqual([]);
    const courtsOnly: CaseContext = { ...FJI_CASE, inspection: { programme: 'fji', modules: ['courts'] } };
    expect(asked(courtsOnly).filter((code) => MODULE_QUESTIONS.includes(code))).toEqual(['1.5.3']);
    expect(asked(SQS).filter((code) => MODULE_QUESTIONS.includes(code))).toEqual([]);
  });

  it('asks the Welsh-language questions in Wales only, 9b–9e only when Welsh is preferred or not known (002 9a, 9b)', () => {
    expect(asked(FJI_CASE).filter((code) => code.startsWith('9'))).toEqual([]);
    expect(asked(WALES, { '9a': 'english' }).filter((code) => code.startsWith('9'))).toEqual(['9a']);
    for (const language of ['welsh', 'not_known'])
      expect(asked(WALES, { '9a': language }).filter((code) => code.startsWith('9'))).toEqual([
        '9a',
        '9b',
        '9c',
        '9d',
        '9e',
      ]);
  });

  it('asks the custody questions of a custodial sentence only', () => {
    expect(asked(FJI_CASE).filter((code) => CUSTODY_QUESTIONS.includes(code))).toEqual([]);
    expect(asked(CUSTODY).filter((code) => CUSTODY_QUESTIONS.includes(code))).toEqual(CUSTODY_QUESTIONS);
  });

  it('asks for the programme when it is not recorded, and hides nothing silently meanwhile', () => {
    const { inspection: _none, ...unknown } = FJI_CASE;
    expect(rules(unknown, completeAnswers(fji, unknown))).toEqual(['inspection.programme:programme-needed']);
  });
});

describe('the 2016 framework — routing by answers (002 Introduction, "Information Questions")', () => {
  it('asks the report questions only when a pre-sentence report was requested (1.6.1)', () => {
    const report = ['1.6.2a', '1.6.2b', '1.6.2c', '1.6.3', '1.7.1', '1.8.1', '1.9.1'];
    expect(asked(FJI_CASE, { '1.6.1': 'yes' })).toEqual(expect.arrayContaining(report));
    expect(asked(FJI_CASE, { '1.6.1': 'no' }).filter((code) => report.includes(code))).toEqual([]);
  });

  it('asks 2.10.1 only when MAPPA management at level 2 or 3 was needed (12a, 12c)', () => {
    expect(asked(FJI_CASE, { '12a': 'no' })).not.toContain('12c');
    expect(asked(FJI_CASE, { '12a': 'yes', '12c': 'level_1' })).not.toContain('2.10.1');
    expect(asked(FJI_CASE, { '12a': 'yes', '12c': 'level_3' })).toContain('2.10.1');
    expect(asked(FJI_CASE, { '12a': 'no', '12c': 'level_3' })).not.toContain('2.10.1');
  });

  it('asks the risk of harm and safeguarding outcomes only when 4.1 and 4.6 are not N/A', () => {
    const risk = ['4.2.1', '4.3.1', '4.4.1'];
    expect(asked(FJI_CASE, { '4.1': 'not_applicable' }).filter((code) => risk.includes(code))).toEqual([]);
    expect(asked(FJI_CASE, { '4.1': 'no' })).toEqual(expect.arrayContaining(risk));
    expect(asked(FJI_CASE, { '4.6': 'not_applicable' }).filter((code) => /^4\.[78]/.test(code))).toEqual([]);
  });

  it('asks an explanation only after an insufficient judgement, and one for several judgements after any of them', () => {
    expect(asked(FJI_CASE, { '1.3.1': 'sufficient' })).not.toContain('1.3.2');
    expect(asked(FJI_CASE, { '1.3.1': 'insufficient' })).toContain('1.3.2');
    expect(asked(FJI_CASE, { '1.6.1': 'yes', '1.6.2b': 'insufficient', '1.6.3': 'sufficient' })).toContain(
      '1.6.4',
    );
    expect(asked(FJI_CASE, { '1.6.1': 'yes', '1.6.3': 'sufficient' })).not.toContain('1.6.4');
  });
});

describe('the 2016 framework — the interview decides View 5 (002 13a, 13b)', () => {
  const view5 = (context: CaseContext) => asked(context).filter((code) => code.startsWith('5.'));
  it('asks nothing of View 5 without an interview, and asks for the interview record', () => {
    const none: CaseContext = { ...FJI_CASE, interview: { tookPlace: false } };
    expect(view5(none)).toEqual([]);
    const { interview: _unknown, ...unrecorded } = FJI_CASE;
    expect(rules(unrecorded, completeAnswers(fji, unrecorded))).toEqual(['interview:interview-needed']);
  });

  it('asks the case questions after any interview, and the questions about the YOT once per case manager', () => {
    const caseQuestions = ['5.1.1a', '5.1.1b', '5.1.1c', '5.2', '5.10'];
    const otherRole: CaseContext = {
      ...FJI_CASE,
      interview: { tookPlace: true, role: 'other_practitioner' },
    };
    expect(view5(otherRole)).toEqual(caseQuestions);
    const seenBefore: CaseContext = {
      ...FJI_CASE,
      interview: { tookPlace: true, role: 'case_manager', caseManagerSeenBefore: true },
    };
    expect(view5(seenBefore)).toEqual(caseQuestions);
    expect(view5(FJI_CASE)).toEqual([
      ...caseQuestions.slice(0, 4),
      ...[
        '5.3a',
        '5.3b',
        '5.3c',
        '5.3d',
        '5.4.1',
        '5.4.2',
        '5.5',
        '5.7.1a',
        '5.7.1b',
        '5.7.1c',
        '5.7.2',
        '5.8',
        '5.9',
      ],
      '5.10',
    ]);
  });

  it('checks the interview record: 13b for a case manager, 13c in Wales only', () => {
    const missing: CaseContext = { ...WALES, interview: { tookPlace: true, role: 'case_manager' } };
    expect(rules(missing, completeAnswers(fji, missing))).toEqual([
      'interview.caseManagerSeenBefore:interview-record',
      'interview.language:interview-record',
    ]);
    const english: CaseContext = { ...FJI_CASE, interview: { ...FJI_CASE.interview!, language: 'welsh' } };
    expect(rules(english, completeAnswers(fji, english))).toEqual(['interview.language:interview-record']);
  });
});

describe('the 2016 framework — its answer types', () => {
  it('takes a number within bounds or its code (10.b: 999 for an indeterminate sentence), never echoing the answer', () => {
    const base = completeAnswers(fji, FJI_CASE);
    expect(rules(FJI_CASE, { ...base, '10b': '999' })).toEqual([]);
    expect(rules(FJI_CASE, { ...base, '10b': '24' })).toEqual([]);
    const { errors } = validateAssessment(fji, FJI_CASE, { ...base, '10b': '1000', '5': 'fourteen' });
    expect(errors.map((issue) => issue.message)).toEqual([
      '5 needs a whole number from 10 to 18 (years)',
      '10b needs a whole number from 1 to 998 (months), or 999 (indeterminate sentence)',
    ]);
  });

  it('takes up to five priority factors at 2.1.0, and then exactly those rows in 3.7.1 and 4.12', () => {
    const factors = ['ete', 'substance_use'];
    const answers = completeAnswers(fji, FJI_CASE, { '2.1.0': factors });
    expect(Object.keys(answers['3.7.1'] as object)).toEqual(factors);
    expect(rules(FJI_CASE, answers)).toEqual([]);
    const wrongRows = { ...answers, '4.12': { ete: 'yes', lifestyle: 'no' } };
    expect(validateAssessment(fji, FJI_CASE, wrongRows).errors).toEqual([
      {
        code: '4.12',
        rule: 'outside-scale',
        message: '4.12 needs an answer for exactly the rows ete, substance_use (the options chosen at 2.1.0)',
      },
    ]);
    const six = [
      'ete',
      'substance_use',
      'lifestyle',
      'neighbourhood',
      'physical_health',
      'living_arrangements',
    ];
    expect(rules(FJI_CASE, { ...answers, '2.1.0': six })).toContain('2.1.0:outside-scale');
  });

  it('tells a grid with rows still to answer (a draft may keep it) from one outside its rows (002 2.1.2)', () => {
    const answers = completeAnswers(fji, FJI_CASE);
    const partial = { ...answers, '2.1.2': { health: 'sufficient', ete: 'insufficient' } };
    expect(validateAssessment(fji, FJI_CASE, partial).errors).toEqual([
      {
        code: '2.1.2',
        rule: 'grid-rows-unanswered',
        message: '2.1.2 needs an answer for the rows substance_misuse, living_arrangements_parenting too',
      },
    ]);
    expect(rules(FJI_CASE, { ...answers, '2.1.2': {} })).toEqual(['2.1.2:grid-rows-unanswered']);
    const partialAndWrong = { ...answers, '2.1.2': { health: 'sufficient', lifestyle: 'sufficient' } };
    expect(rules(FJI_CASE, partialAndWrong)).toEqual(['2.1.2:outside-scale']);
    const partialBadCell = { ...answers, '2.1.2': { health: 'maybe' } };
    expect(rules(FJI_CASE, partialBadCell)).toEqual(['2.1.2:outside-scale']);
  });

  it('takes yes, no or the third answer the question offers', () => {
    const answers = completeAnswers(fji, WALES, { '9a': 'welsh', '9b': 'not_known', '9d': 'not_required' });
    expect(rules(WALES, answers)).toEqual(['interview.language:interview-record']);
    expect(rules(WALES, { ...answers, '9d': 'not_known' })).toContain('9d:outside-scale');
  });
});

describe('the 2016 framework — safeguarding (002 1.14.1)', () => {
  it('asks the assessor to consider an alert when child sexual exploitation is present, until one is raised', () => {
    const answers = completeAnswers(fji, FJI_CASE, { '1.14.1': 'yes' });
    expect(validateAssessment(fji, FJI_CASE, answers).warnings).toEqual([
      {
        code: '1.14.1',
        rule: 'consider-alert',
        message: expect.stringMatching(
          /^1\.14\.1: consider raising an alert if the child is not being kept safe \(002_/,
        ),
      },
    ]);
    expect(validateAssessment(fji, { ...FJI_CASE, alertRaised: true }, answers).warnings).toEqual([]);
  });
});

describe('sectionJudgements — the 2016 judgements per View, with no rating', () => {
  it('counts the scoring judgements that apply, per View, rows of a grid each', () => {
    const answers = completeAnswers(fji, FJI_CASE, {
      '1.3.1': 'insufficient',
      '2.8.1': 'not_applicable',
      '2.1.0': ['ete', 'lifestyle'],
      '3.7.1': { ete: 'sufficient', lifestyle: 'insufficient' },
      '4.13.1a': 'insufficient_evidence',
    });
    const report = sectionJudgements(fji, FJI_CASE, answers);
    expect(report.map(({ section }) => section)).toEqual(['V0', 'V1', 'V2', 'V3', 'V4', 'V5']);
    const [v0, v1, v2, v3, v4] = report;
    expect(v0?.judgements).toEqual([]); // 9e is Welsh and not scoring
    expect(v1?.judgements.find(({ code }) => code === '1.3.1')).toEqual({
      code: '1.3.1',
      criterion: '4.1.2',
      outcome: 'insufficient',
    });
    expect(v1?.judgements.map(({ code }) => code)).not.toContain('1.5.2'); // temporary, not scoring
    expect(v2?.counts['not-applicable']).toBe(1);
    expect(v3?.judgements.filter(({ code }) => code.startsWith('3.7.1'))).toEqual([
      { code: '3.7.1:ete', criterion: '1.4.2', outcome: 'sufficient' },
      { code: '3.7.1:lifestyle', criterion: '1.4.2', outcome: 'insufficient' },
    ]);
    expect(v4?.judgements.find(({ code }) => code === '4.13.1a')?.outcome).toBe('no-evidence');
    for (const { judgements, counts } of report)
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(judgements.length);
  });

  it('refuses an applicable judgement left unanswered rather than count it as not applicable', () => {
    const { '1.4.1': _omitted, ...answers } = completeAnswers(fji, FJI_CASE);
    expect(() => sectionJudgements(fji, FJI_CASE, answers)).toThrow(
      '1.4.1 has no judgement; validate the assessment before reporting it',
    );
  });
});
