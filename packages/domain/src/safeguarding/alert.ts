// Safeguarding alerts (002 Alert & Action: 1.14.1, 5.15.1–5.15.2, and p.3 "if concerns about a case are
// recognised outside of these questions … the inspector will ensure that they are addressed"): what an
// assessor records when they find a child or others not safe, for the lead inspector to follow to an outcome
// (docs/domain.md §6.7). The record is about a child: no names, and messages never repeat its text.

// What the concern is about. Decision: 002 names child sexual exploitation (1.14.1) and concerns "normally
// with regard to risk of harm to others or self" (p.3); harm from others is the other half of safeguarding
// in its vulnerability questions (1.13.1); anything else is "other".
export const ALERT_CONCERNS = [
  'child-sexual-exploitation',
  'harm-to-self',
  'harm-from-others',
  'risk-of-harm-to-others',
  'other',
] as const;
export type AlertConcern = (typeof ALERT_CONCERNS)[number];

// Who is not safe: 002 1.14.1 extends the procedure to "another child or young person other than the one
// who is subject of this case".
export const ALERT_AT_RISK = ['this-child', 'another-child', 'other-people'] as const;
export type AlertAtRisk = (typeof ALERT_AT_RISK)[number];

// How soon the lead inspector must act. Decision: 002 speaks of escalating "for urgent remedial action"
// (5.15.1) and of concerns outside the questions to be "addressed as if they were part of the inspection"
// (p.3); three levels separate harm that may happen now from what must be put right while on site and from
// what is followed up before the inspection ends.
export const ALERT_URGENCIES = ['immediate', 'urgent', 'before-inspection-ends'] as const;
export type AlertUrgency = (typeof ALERT_URGENCIES)[number];

// 002 5.15.2: "How are the details being forwarded to the Lead Inspector?" Decision: the alert in yji, or
// in person, by telephone or by email alongside it.
export const ALERT_ROUTES = ['yji', 'in-person', 'telephone', 'email'] as const;
export type AlertRoute = (typeof ALERT_ROUTES)[number];

// From raising to an outcome (docs/domain.md §6.7: "followed to an outcome").
export const ALERT_STATES = ['raised', 'acknowledged', 'closed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** What the assessor records (002 5.15.1: the case is escalated; 5.15.2: how the details travel). */
export interface AlertReport {
  readonly concerns: readonly AlertConcern[];
  readonly atRisk: readonly AlertAtRisk[];
  readonly urgency: AlertUrgency;
  /** What was seen, without names. */
  readonly seen: string;
  /** What the assessor has already done about it. */
  readonly done: string;
  readonly forwardedBy: AlertRoute;
  /** The question that raised the concern, where one did (002 1.14.1). */
  readonly question?: string;
}

/**
 * Which rule a problem breaks: a field left empty, or one of the rules between fields, so a page can say
 * what to choose rather than repeat the rule.
 */
export type AlertRule =
  | 'missing'
  | 'exploitation-puts-a-child-at-risk'
  | 'harm-to-self-puts-this-child-at-risk'
  | 'immediate-not-by-email-alone';

export interface AlertProblem {
  readonly field: keyof AlertReport;
  readonly rule: AlertRule;
  readonly message: string;
}

/** The rules a report must meet beyond its shape (the contract checks the shape). */
export function alertProblems(report: AlertReport): AlertProblem[] {
  const problems: AlertProblem[] = [];
  const concerns = new Set(report.concerns);
  const atRisk = new Set(report.atRisk);
  if (concerns.size === 0)
    problems.push({ field: 'concerns', rule: 'missing', message: 'concerns needs at least one concern' });
  if (atRisk.size === 0)
    problems.push({ field: 'atRisk', rule: 'missing', message: 'atRisk needs who is not safe' });
  if (
    concerns.has('child-sexual-exploitation') &&
    !atRisk.has('this-child') &&
    !atRisk.has('another-child')
  ) {
    problems.push({
      field: 'atRisk',
      rule: 'exploitation-puts-a-child-at-risk',
      message: 'child sexual exploitation puts a child at risk: name this child or another child',
    });
  }
  if (concerns.has('harm-to-self') && !atRisk.has('this-child')) {
    problems.push({
      field: 'atRisk',
      rule: 'harm-to-self-puts-this-child-at-risk',
      message: 'harm to self puts this child at risk',
    });
  }
  if (report.seen.trim() === '')
    problems.push({ field: 'seen', rule: 'missing', message: 'seen needs what was seen' });
  if (report.done.trim() === '')
    problems.push({ field: 'done', rule: 'missing', message: 'done needs what has been done so far' });
  // Decision: an immediate alert reaches the lead inspector directly, not by email alone.
  if (report.urgency === 'immediate' && report.forwardedBy === 'email') {
    problems.push({
      field: 'forwardedBy',
      rule: 'immediate-not-by-email-alone',
      message: 'an immediate alert goes through yji, in person or by telephone, not by email alone',
    });
  }
  return problems;
}
