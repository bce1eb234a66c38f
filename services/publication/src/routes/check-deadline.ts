// The factual accuracy check's deadline as the lead inspector asks for it: the inspection's own, or working
// days from today. The publication workflow sleeps until it and nothing moves it once the check is sent, so
// a deadline must be ahead and no further than the working days a check may be given at most: one years
// ahead would hold the publication back for years.
import { FACTUAL_CHECK_MAX_WORKING_DAYS, type FactualCheckBody } from '@yji/contracts';
import { factualAccuracyDeadline } from '@yji/domain';
import { refuseIfPast, timeRefused } from './refuse-if-past.ts';

export function checkDeadline({ deadline, workingDays }: FactualCheckBody, now = new Date()): Date {
  if (!deadline) return factualAccuracyDeadline(now, workingDays);
  const until = new Date(deadline);
  refuseIfPast(until, 'deadline');
  if (until > factualAccuracyDeadline(now, FACTUAL_CHECK_MAX_WORKING_DAYS))
    throw timeRefused('deadline', `must be within ${FACTUAL_CHECK_MAX_WORKING_DAYS} working days of today`);
  return until;
}
