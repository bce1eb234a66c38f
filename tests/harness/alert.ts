// A safeguarding alert as an assessor raises it (002 Alert & Action): fictitious words, no personal data.
import type { RaiseAlertBody } from '@yji/contracts';

export const anAlert = (overrides: Partial<RaiseAlertBody> = {}): RaiseAlertBody => ({
  concerns: ['harm-from-others'],
  atRisk: ['this-child'],
  urgency: 'urgent',
  seen: 'A concern noted on the case file',
  done: 'Told the case manager',
  forwardedBy: 'yji',
  ...overrides,
});
