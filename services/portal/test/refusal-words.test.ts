// A refusal is said by its code, never in the service's words: a failure on the services' side is "try again
// later" whatever the page would otherwise say (an outage is not "it is published"); a page's own words are
// for the codes it knows; every other code has plain words of its own. And a text field's limit is the
// contract's, with its own message past it.
import { describe, expect, it } from 'vitest';
import { ExclusionReason, PROBLEM_CODES, problem, type ProblemCode } from '@yji/contracts';
import { fieldsByPath, issuesAsErrors, maxLengthOf, refusalOn, tooLong } from '../src/web/form-errors.ts';
import { refusalText, TRY_AGAIN_LATER } from '../src/web/refusal-words.ts';

/** A refusal as `api.send` answers it, made by the catalogue from `code`'s facts. */
const refusalOf = (code: ProblemCode, params?: unknown) => {
  const made = (problem as (code: ProblemCode, params?: unknown) => ReturnType<typeof problem>)(code, params);
  return { code: made.code, message: made.message, details: made.details };
};

const PUBLISHED = { 'not-allowed-now': 'The report cannot change now: it is published' } as const;

describe('refusalText', () => {
  it('says "try again later" for a failure on the services’ side, whatever the page’s own words', () => {
    for (const code of ['internal', 'service-busy', 'unavailable', 'too-many-requests'] as const)
      expect(refusalText(refusalOf(code), PUBLISHED)).toBe(TRY_AGAIN_LATER);
    // By the answer's status, when a refusal of any code came with a 5xx.
    expect(refusalText(refusalOf('not-allowed-now', { reason: 'x' }), PUBLISHED, 502)).toBe(TRY_AGAIN_LATER);
    expect(refusalOn('overview', refusalOf('service-busy'), PUBLISHED)).toEqual({
      field: 'overview',
      text: TRY_AGAIN_LATER,
    });
  });

  it('uses the page’s words for the codes it gives, and the catalogue’s for the rest', () => {
    const reason = { reason: 'the report is published' };
    expect(refusalText(refusalOf('not-allowed-now', reason), PUBLISHED, 409)).toBe(
      PUBLISHED['not-allowed-now'],
    );
    // Another page's refusal is not this page's reason: a QA correction refused for its assessor.
    expect(
      refusalText(refusalOf('assessor-off-team'), {
        'review-not-open': 'Only an approved assessment can be reopened',
      }),
    ).toBe(
      'The case’s assessor is no longer an assessor on the team, so nobody could revise it. Put them back on the team first',
    );
  });

  it('has plain words for every code, never the service’s message, a timestamp or "(s)"', () => {
    const purged = refusalOf('inspection-purged', { purgedAt: '2026-11-29T10:00:00.000Z' });
    expect(refusalText(purged)).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
    const work = (kinds: string[]) =>
      refusalOf('team-change-orphans-work', {
        work: kinds.map((kind, at) => ({
          userId: 'inspector-1',
          role: 'inspector',
          caseRef: `C000${at}`,
          kind,
          state: 'assigned',
        })),
      });
    expect(refusalText(work(['case']))).toBe('1 case is still with them. Reassign it first');
    expect(refusalText(work(['case', 'case', 'review']))).toBe(
      '2 cases and 1 quality assurance review are still with them. Reassign them first',
    );
    expect(refusalText(refusalOf('undecided-standards', { standards: ['1.2', '3.1'] }))).toBe(
      'Standards 1.2 and 3.1 are not settled yet: each needs the lead inspector’s proposal or the panel’s decision before the ratings are approved',
    );
    for (const code of PROBLEM_CODES) {
      const words = refusalText({ code });
      expect(words, code).toMatch(/^[A-Z0-9]/);
      expect(words, code).not.toContain('(s)');
    }
    // A code this build does not know is a refusal of the moment, not a failure.
    expect(refusalText({ code: 'something-new' })).not.toBe(TRY_AGAIN_LATER);
  });
});

describe('a text field’s limit', () => {
  it('is the contract’s, with GOV.UK’s message past it and the field’s own for anything else', () => {
    expect(maxLengthOf(ExclusionReason)).toBe(1000);
    expect(tooLong('The reason', ExclusionReason)).toBe('The reason must be 1,000 characters or fewer');
    const fields = fieldsByPath({
      reason: { field: 'reason', text: 'Enter the reason', tooLong: tooLong('The reason', ExclusionReason) },
    });
    const issuesOf = (reason: string) => {
      const parsed = ExclusionReason.safeParse(reason);
      return parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue, path: ['reason'] }));
    };
    expect(issuesAsErrors(issuesOf('x'.repeat(1001)), fields)).toEqual([
      { field: 'reason', text: 'The reason must be 1,000 characters or fewer' },
    ]);
    expect(issuesAsErrors(issuesOf(''), fields)).toEqual([{ field: 'reason', text: 'Enter the reason' }]);
  });
});
