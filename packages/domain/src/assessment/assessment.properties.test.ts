// Properties of the rules inside an assessment, over random cases and random (partly invalid) answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../frameworks/deep-freeze.ts';
import { allowedValues, locatedQuestions, requireFramework } from '../frameworks/index.ts';
import { CLASSIFICATION_LEVELS } from '../frameworks/index.ts';
import type { Framework, Question } from '../frameworks/index.ts';
import type { AnswerValue, Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';
import { completeAnswers } from './complete-answers.fixture.ts';
import { keyQuestionJudgements } from './judgements.ts';
import { validateAssessment } from './validation.ts';

const CASE_FRAMEWORKS = ['d2-v6.5', 'd3-v3.6', 'd3-legacy'].map(requireFramework);
// Answer text that must never reach a message (DOMAIN.md §7).
const MARKER = 'PRIVATE-';

const level = fc.option(fc.constantFrom(...CLASSIFICATION_LEVELS), { nil: undefined });
const caseContext: fc.Arbitrary<CaseContext> = fc.record({
  disposalType: fc.constantFrom(
    'youth_conditional_caution',
    'youth_caution',
    'community_resolution',
    'referral_order',
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
});

// A valid value for the question most of the time, otherwise private-looking junk.
function answerFor(question: Question): fc.Arbitrary<AnswerValue> {
  const allowed = allowedValues(question.answers);
  const junk = fc.string({ minLength: 1, maxLength: 6 }).map((text) => `${MARKER}${text}`);
  if (question.answers.type === 'reasons' && allowed) return fc.subarray([...allowed], { minLength: 1 });
  const valid = allowed ? fc.constantFrom(...allowed) : junk;
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

const assessment = fc
  .constantFrom(...CASE_FRAMEWORKS)
  .chain((framework) => fc.tuple(fc.constant(framework), caseContext, answersFor(framework)));

const codesOf = (questions: readonly Question[]) => new Set(questions.map((question) => question.code));

describe('assessment rules — properties', () => {
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
          locatedQuestions(framework).flatMap(({ question, keyQuestion }) =>
            [question.appliesWhen, keyQuestion.appliesWhen].flatMap((c) =>
              c?.when === 'answer' ? [c.question] : [],
            ),
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
      fc.property(assessment, ([framework, context, answers]) => {
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
        fc.constantFrom(...CASE_FRAMEWORKS),
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
});
