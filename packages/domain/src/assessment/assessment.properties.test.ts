// Properties of the rules inside an assessment, over random cases and random (partly invalid) answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../frameworks/deep-freeze.ts';
import { allowedValues, locatedQuestions, questionsReadBy, requireFramework } from '../frameworks/index.ts';
import { CLASSIFICATION_LEVELS } from '../frameworks/index.ts';
import type { Framework, KeyQuestion, Question } from '../frameworks/index.ts';
import type { AnswerValue, Answers } from './answers.ts';
import { draftAnswerIssues } from './answer-issues.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';
import { completeAnswers } from './complete-answers.fixture.ts';
import { keyQuestionJudgements } from './judgements.ts';
import { validateAssessment } from './validation.ts';

const CARAGS = ['d2-v6.5', 'd3-v3.6', 'd3-legacy'].map(requireFramework);
const CASE_FRAMEWORKS = [...CARAGS, requireFramework('fji-sqs-2016')];
// Answer text that must never reach a message (docs/domain.md §7).
const MARKER = 'PRIVATE-';

const level = fc.option(fc.constantFrom(...CLASSIFICATION_LEVELS), { nil: undefined });
const caseContext: fc.Arbitrary<CaseContext> = fc.record({
  disposalType: fc.constantFrom(
    'youth_conditional_caution',
    'youth_caution',
    'community_resolution',
    'referral_order',
    'custodial_sentence',
    'YCC',
  ),
  inspectorClassification: fc.record({ safetyWellbeing: level, riskOfHarm: level }),
  relevantFactors: fc.option(
    fc.record({
      safetyWellbeing: fc.option(fc.boolean(), { nil: undefined }),
      riskOfHarm: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  careExperience: fc.option(
    fc.record({ inspectedYjsIsHome: fc.boolean(), inspectedYjsAssessed: fc.boolean() }),
    {
      nil: undefined,
    },
  ),
  interview: fc.option(
    fc.record(
      {
        tookPlace: fc.boolean(),
        role: fc.constantFrom('case_manager' as const, 'manager' as const),
        caseManagerSeenBefore: fc.boolean(),
        language: fc.constantFrom('english' as const, 'welsh' as const),
      },
      { requiredKeys: ['tookPlace'] },
    ),
    { nil: undefined },
  ),
  alertRaised: fc.option(fc.boolean(), { nil: undefined }),
  inspection: fc.option(
    fc.record(
      {
        country: fc.constantFrom('england' as const, 'wales' as const),
        programme: fc.constantFrom('fji' as const, 'sqs' as const),
        modules: fc.subarray(['courts' as const, 'interventions' as const]),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
});

// A valid value for the question most of the time, otherwise private-looking junk.
function answerFor(question: Question): fc.Arbitrary<AnswerValue> {
  const scale = question.answers;
  const allowed = allowedValues(scale);
  const junk = fc.string({ minLength: 1, maxLength: 6 }).map((text) => `${MARKER}${text}`);
  let valid: fc.Arbitrary<AnswerValue>;
  if (scale.type === 'reasons' || scale.type === 'choices')
    valid = fc.subarray([...allowed!], { minLength: 1 });
  else if (scale.type === 'grid') {
    const rows =
      'chosenAt' in scale.rows ? ['ete', 'lifestyle', `${MARKER}row`] : scale.rows.map((row) => row.value);
    valid = fc
      .tuple(...rows.map(() => fc.oneof(fc.constantFrom(...allowed!), junk)))
      .map((cells) => Object.fromEntries(rows.map((row, index) => [row, cells[index]!])));
  } else if (scale.type === 'number') valid = fc.integer({ min: -5, max: 1200 }).map(String);
  else valid = allowed ? fc.constantFrom(...allowed) : junk;
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: junk, weight: 1 });
}

function answersFor(framework: Framework): fc.Arbitrary<Answers> {
  const questions = locatedQuestions(framework).map(({ question }) => question);
  return fc
    .tuple(...questions.map((question) => fc.option(answerFor(question), { nil: undefined })))
    .map((values) =>
      Object.fromEntries(
        questions.flatMap((question, index) =>
          values[index] === undefined ? [] : [[question.code, values[index]]],
        ),
      ),
    );
}

const assessmentIn = (frameworks: readonly Framework[]) =>
  fc
    .constantFrom(...frameworks)
    .chain((framework) => fc.tuple(fc.constant(framework), caseContext, answersFor(framework)));
const assessment = assessmentIn(CASE_FRAMEWORKS);
const carag = assessmentIn(CARAGS);

// The questions of a gated key question, by whether a closed gate keeps them.
const gatedQuestions = (framework: Framework) =>
  framework.sections.flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion: KeyQuestion) =>
      keyQuestion.gated ? keyQuestion.questions.map((question) => ({ keyQuestion, question })) : [],
    ),
  );

const codesOf = (questions: readonly Question[]) => new Set(questions.map((question) => question.code));

describe('assessment rules — properties', () => {
  it("holds a draft to the full check's outside-scale and unknown-question findings on the codes it saves", () => {
    const DRAFT_RULES: readonly string[] = ['outside-scale', 'unknown-question'];
    const draft = assessment.chain(([framework, context, answers]) => {
      // Answers to codes the framework does not have, beside its own.
      const withUnknown = { ...answers, [`${MARKER}Q1`]: 'yes', 'Z9.9': 'no' };
      return fc.tuple(
        fc.constant(framework),
        fc.constant(context),
        fc.constant(withUnknown),
        fc.subarray(Object.keys(withUnknown)),
      );
    });
    fc.assert(
      fc.property(draft, ([framework, context, answers, saved]) => {
        const full = validateAssessment(framework, context, answers).errors.filter(
          (issue) => DRAFT_RULES.includes(issue.rule) && saved.includes(issue.code),
        );
        expect(draftAnswerIssues(framework, context, answers, saved)).toEqual(full);
      }),
    );
  });

  it('never reports one code both unanswered and not applicable', () => {
    fc.assert(
      fc.property(assessment, ([framework, context, answers]) => {
        const rulesByCode = new Map<string, Set<string>>();
        for (const issue of validateAssessment(framework, context, answers).errors) {
          rulesByCode.set(issue.code, (rulesByCode.get(issue.code) ?? new Set()).add(issue.rule));
        }
        for (const rules of rulesByCode.values()) {
          expect(rules.has('unanswered') && rules.has('does-not-apply')).toBe(false);
        }
      }),
    );
  });

  it('never makes fewer questions applicable by answering one no rule depends on', () => {
    fc.assert(
      fc.property(assessment, fc.nat(), ([framework, context, answers], pick) => {
        const dependedOn = new Set(
          locatedQuestions(framework).flatMap(({ question, keyQuestion, section }) =>
            [question.appliesWhen, keyQuestion.appliesWhen, section.appliesWhen].flatMap(questionsReadBy),
          ),
        );
        const free = locatedQuestions(framework).filter(({ question }) => !dependedOn.has(question.code));
        const target = free[pick % free.length]!.question;
        const before = codesOf(applicableQuestions(framework, context, answers));
        const after = codesOf(applicableQuestions(framework, context, { ...answers, [target.code]: 'yes' }));
        for (const code of before) expect(after.has(code)).toBe(true);
      }),
    );
  });

  it('never lets assessment answers change which planning, delivery or reviewing questions apply', () => {
    fc.assert(
      fc.property(carag, ([framework, context, answers]) => {
        const assessmentOnly = Object.fromEntries(
          Object.entries(answers).filter(([code]) => code.startsWith('A')),
        );
        const later = (given: Answers) =>
          applicableQuestions(framework, context, given)
            .map((question) => question.code)
            .filter((code) => /^[PDR]/.test(code));
        expect(later(assessmentOnly)).toEqual(later({}));
      }),
    );
  });

  it('never changes a summary: inputs stay as given and judgements read the summaries as answered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CARAGS),
        caseContext,
        fc.array(fc.constantFrom('yes', 'no')),
        (framework, context, picks) => {
          const summaries = locatedQuestions(framework).filter(({ question }) => question.kind === 'summary');
          const fixed = Object.fromEntries(
            summaries.map(({ question }, i) => [question.code, picks[i] ?? 'no']),
          );
          const answers = deepFreeze(completeAnswers(framework, context, fixed));
          const before = JSON.stringify(answers);
          validateAssessment(framework, context, answers as Answers);
          const judgements = keyQuestionJudgements(framework, context, answers as Answers);
          expect(JSON.stringify(answers)).toBe(before);
          for (const { keyQuestion, question } of summaries) {
            const judgement = judgements[keyQuestion.standard!];
            const answer = (answers as Answers)[question.code];
            expect(judgement).toBe(answer === undefined ? null : answer === 'yes');
          }
        },
      ),
    );
  });

  it('never puts answer text in a message', () => {
    fc.assert(
      fc.property(assessment, ([framework, context, answers]) => {
        const { errors, warnings } = validateAssessment(framework, context, answers);
        for (const issue of [...errors, ...warnings]) expect(issue.message).not.toContain(MARKER);
      }),
    );
  });

  it('a closed gate (004 ¶3.26) takes out exactly the gated questions not asked of every case; those are asked at every level', () => {
    fc.assert(
      fc.property(carag, ([framework, context, answers]) => {
        if (framework.gating.mode !== 'inspector-classification') return;
        const asked = codesOf(applicableQuestions(framework, context, answers));
        for (const { keyQuestion, question } of gatedQuestions(framework)) {
          const level = context.inspectorClassification[keyQuestion.gated!.concern];
          const closed = level === 'low';
          if (question.ungated) expect(asked.has(question.code), question.code).toBe(true);
          else if (closed) expect(asked.has(question.code), question.code).toBe(false);
        }
      }),
    );
  });

  it("never lets the case manager's classification, recorded or not, change which questions apply", () => {
    fc.assert(
      fc.property(
        carag,
        fc.constantFrom(...CLASSIFICATION_LEVELS, 'not_recorded'),
        ([framework, context, answers], value) => {
          const classifications = locatedQuestions(framework)
            .filter(({ question }) => question.answers.type === 'classification')
            .map(({ question }) => question.code);
          const withValue = Object.fromEntries(classifications.map((code) => [code, value]));
          expect(codesOf(applicableQuestions(framework, context, { ...answers, ...withValue }))).toEqual(
            codesOf(applicableQuestions(framework, context, answers)),
          );
        },
      ),
    );
  });

  it("reports a disposal type outside the framework's list whatever the answers, and never otherwise", () => {
    fc.assert(
      fc.property(assessment, ([framework, context, answers]) => {
        const listed = (framework.disposalTypes as readonly string[]).includes(context.disposalType);
        const reported = validateAssessment(framework, context, answers).errors.some(
          (issue) => issue.rule === 'unknown-disposal-type',
        );
        expect(reported).toBe(!listed);
      }),
    );
  });
});
