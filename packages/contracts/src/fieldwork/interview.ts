// The case manager interview as 002 13a–13c structure it: whether it took place, with whom (a role, never a
// name), whether that case manager was already interviewed in this inspection (it decides the View 5
// questions), and in Wales the language it was held in. The rules it must meet (a role when it took place,
// 13b for a case manager, 13c exactly in Wales) are packages/domain interviewProblems.
import { INTERVIEW_ROLES } from '@yji/domain';
import { z } from 'zod';
import { isoDate } from '../primitives.ts';
import { freeText } from '../free-text.ts';
import { UserId } from '../roles.ts';

export const InterviewRole = z.enum(INTERVIEW_ROLES);

export const CaseManagerInterviewBody = z.strictObject({
  tookPlace: z.boolean(),
  /** When it took place. */
  date: isoDate.optional(),
  role: InterviewRole.optional(),
  caseManagerSeenBefore: z.boolean().optional(),
  language: z.enum(['english', 'welsh']).optional(),
  notes: freeText({ max: 20_000, multiLine: true }).default(''),
});
export type CaseManagerInterviewBody = z.infer<typeof CaseManagerInterviewBody>;

export const CaseManagerInterviewView = CaseManagerInterviewBody.extend({
  notes: z.string(),
  recordedBy: UserId,
  updatedAt: z.iso.datetime(),
});

/**
 * The interview facts the rules read (002 13a–c), as a submitted version keeps them: no date, no notes
 * (domain InterviewFacts).
 */
export const InterviewFactsView = CaseManagerInterviewBody.pick({
  tookPlace: true,
  role: true,
  caseManagerSeenBefore: true,
  language: true,
});
