// In a blind review the reviewer records their own judgement of each key question before the assessor's
// answers are shown (the agreement figures rest on it). Until then, what a QA reviewer reads of the review
// withholds the answers; the case's own assessor and the lead inspector are not kept from them.
import type { BlindJudgement } from '../generated/prisma/client.ts';
import type { ReviewAccess } from './review-access.ts';
import { isBlind } from './review-record.ts';

export function answersWithheld(access: ReviewAccess, judged: BlindJudgement | null): boolean {
  return isBlind(access.task.review) && judged === null && !access.own && !access.lead;
}
