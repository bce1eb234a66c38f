// What QA moderates of a submitted case: the key-question judgements of the youth frameworks, the judgements
// per View of the 2016 framework (002), which has no key questions.
import { describe, expect, it } from 'vitest';
import { requireFramework } from '../frameworks/index.ts';
import { COURT_CASE, FJI_CASE, completeAnswers } from '../testing.ts';
import { moderatedJudgements } from './moderated-judgements.ts';

describe('moderatedJudgements', () => {
  it('gives a youth case its key-question judgements (004 ¶3.23)', () => {
    const d2 = requireFramework('d2-v6.5');
    const judged = moderatedJudgements(d2, COURT_CASE, completeAnswers(d2, COURT_CASE));
    expect(judged.by).toBe('key-question');
    expect(judged.by === 'key-question' && judged.keyQuestions['2.1.1']).toBe(true);
  });

  it('gives a 2016 case its judgements per View, View 5 only after the interview (002 13a–b)', () => {
    const fji = requireFramework('fji-sqs-2016');
    const answers = completeAnswers(fji, FJI_CASE);
    const judged = moderatedJudgements(fji, FJI_CASE, answers);
    expect(judged.by).toBe('view');
    if (judged.by !== 'view') return;
    expect(judged.views.map((view) => view.section)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
    expect(judged.views.every((view) => view.counts.sufficient > 0)).toBe(true);
    const noInterview = moderatedJudgements(fji, { ...FJI_CASE, interview: { tookPlace: false } }, answers);
    expect(noInterview.by === 'view' && noInterview.views.find((view) => view.section === 'V5')?.judgements).toEqual(
      [],
    );
  });
});
