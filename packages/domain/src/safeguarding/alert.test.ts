import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_AT_RISK, ALERT_CONCERNS, ALERT_ROUTES, ALERT_URGENCIES, alertProblems } from './alert.ts';
import type { AlertReport } from './alert.ts';

const REPORT: AlertReport = {
  concerns: ['child-sexual-exploitation'],
  atRisk: ['this-child'],
  urgency: 'immediate',
  seen: 'Contact with an unknown adult noted in three recent records; no referral made.',
  done: 'Told the case manager and their manager; asked for a strategy discussion today.',
  forwardedBy: 'yji',
  question: '1.14.1',
};
const fields = (report: AlertReport) => alertProblems(report).map(({ field }) => field);

describe('alertProblems (002 Alert & Action)', () => {
  it('accepts a complete report', () => {
    expect(alertProblems(REPORT)).toEqual([]);
  });

  it('needs a concern, who is at risk, what was seen and what was done', () => {
    expect(fields({ ...REPORT, concerns: [], atRisk: [], seen: ' ', done: '' })).toEqual([
      'concerns',
      'atRisk',
      'seen',
      'done',
    ]);
  });

  it('puts a child at risk for sexual exploitation (002 1.14.1: this child or another) and this child for harm to self', () => {
    expect(fields({ ...REPORT, atRisk: ['other-people'] })).toEqual(['atRisk']);
    expect(fields({ ...REPORT, atRisk: ['another-child'] })).toEqual([]);
    expect(fields({ ...REPORT, concerns: ['harm-to-self'], atRisk: ['another-child'] })).toEqual(['atRisk']);
  });

  it('names the rule each problem breaks, so a page can say what to choose', () => {
    const rules = (report: AlertReport) => alertProblems(report).map(({ rule }) => rule);
    expect(rules({ ...REPORT, concerns: ['other'], atRisk: [] })).toEqual(['missing']);
    expect(rules({ ...REPORT, atRisk: ['other-people'] })).toEqual(['exploitation-puts-a-child-at-risk']);
    expect(rules({ ...REPORT, concerns: ['harm-to-self'], atRisk: ['another-child'] })).toEqual([
      'harm-to-self-puts-this-child-at-risk',
    ]);
    expect(rules({ ...REPORT, forwardedBy: 'email' })).toEqual(['immediate-not-by-email-alone']);
  });

  it('Decision: an immediate alert does not travel by email alone', () => {
    expect(fields({ ...REPORT, forwardedBy: 'email' })).toEqual(['forwardedBy']);
    expect(fields({ ...REPORT, urgency: 'urgent', forwardedBy: 'email' })).toEqual([]);
  });

  it('never repeats what the report says', () => {
    const marker = 'PRIVATE-';
    fc.assert(
      fc.property(
        fc.record({
          concerns: fc.subarray([...ALERT_CONCERNS]),
          atRisk: fc.subarray([...ALERT_AT_RISK]),
          urgency: fc.constantFrom(...ALERT_URGENCIES),
          seen: fc.string().map((text) => `${marker}${text}`),
          done: fc.oneof(
            fc.constant(' '),
            fc.string().map((text) => `${marker}${text}`),
          ),
          forwardedBy: fc.constantFrom(...ALERT_ROUTES),
        }),
        (report) => {
          for (const problem of alertProblems(report)) expect(problem.message).not.toContain(marker);
        },
      ),
    );
  });
});
