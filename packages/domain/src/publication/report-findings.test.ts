import { describe, expect, it } from 'vitest';
import { reportFindingsProblems } from './report-findings.ts';

describe('reportFindingsProblems', () => {
  it('takes findings for rated standards, once each, in any order', () => {
    expect(reportFindingsProblems(['2.2', '1.1'], ['1.1', '2.2', '3.1'])).toEqual([]);
    expect(reportFindingsProblems([], ['1.1'])).toEqual([]);
  });

  it('names a standard the ratings do not rate and a repeated one by place', () => {
    expect(reportFindingsProblems(['1.1', '2.5', '1.1'], ['1.1', '2.1'])).toEqual([
      { field: 'findings[1].standardId', message: 'the approved ratings do not rate this standard' },
      { field: 'findings[2].standardId', message: 'the standard has findings earlier in the list' },
    ]);
  });
});
