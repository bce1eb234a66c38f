// A case's judgements count only for key questions its framework rates on its kind of case.
import { describe, expect, it } from 'vitest';
import { caseJudgementProblems } from './case-judgements.ts';

describe('caseJudgementProblems', () => {
  it('takes a court case’s domain two key questions and an earlier domain three case’s 3.4', () => {
    expect(caseJudgementProblems('d2-v6.5', 'court', { '2.1.1': true, '2.4.3': null })).toEqual([]);
    expect(caseJudgementProblems('d3-legacy', 'oocd', { '3.1.1': false, '3.4.1': true })).toEqual([]);
  });

  it('names a key question of another domain or standard, never its value', () => {
    expect(caseJudgementProblems('d2-v6.5', 'court', { '3.1.1': true })).toEqual([
      '3.1.1: not a key question judged on court cases',
    ]);
    expect(caseJudgementProblems('d3-v3.6', 'oocd', { '3.4.1': true })).toEqual([
      '3.4.1: not a key question judged on oocd cases',
    ]);
  });
});
