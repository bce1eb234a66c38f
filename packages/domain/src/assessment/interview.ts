// The interview with the case manager, as 002 13a–13c structure it: whether it took place, with whom (a
// role, never a name), whether that case manager was already interviewed in this inspection (which decides
// the View 5 questions about the YOT as a whole), and, in Wales, the language it was held in.
import { z } from 'zod';
import type { Country } from '../frameworks/index.ts';

// 002 13a: "Please select the role of the person being interviewed". Decision: 002 prints no list; these are
// the people 13c names ("the case manager or other available person for interview") and the countersigning
// manager of 5.4.1.
export const INTERVIEW_ROLES = ['case_manager', 'other_practitioner', 'manager', 'other'] as const;
export const interviewRoleSchema = z.enum(INTERVIEW_ROLES);
export type InterviewRole = z.infer<typeof interviewRoleSchema>;

// 002 13c: English or Welsh.
export const INTERVIEW_LANGUAGES = ['english', 'welsh'] as const;
export const interviewLanguageSchema = z.enum(INTERVIEW_LANGUAGES);

export const interviewFactsSchema = z.strictObject({
  tookPlace: z.boolean(),
  role: interviewRoleSchema.optional(),
  // 002 13b: "whether the case manager has already been interviewed within this inspection".
  caseManagerSeenBefore: z.boolean().optional(),
  language: interviewLanguageSchema.optional(),
});
export type InterviewFacts = z.infer<typeof interviewFactsSchema>;

export interface InterviewProblem {
  readonly field: 'role' | 'caseManagerSeenBefore' | 'language';
  readonly message: string;
}

// What an interview record lacks or must not carry. Decision: the role is needed whenever an interview took
// place, 13b whenever it was the case manager, 13c exactly when the YJS is in Wales (002 Appendix B: the
// Welsh-language questions "are asked in all inspections in Wales").
export function interviewProblems(interview: InterviewFacts, country: Country): InterviewProblem[] {
  const problems: InterviewProblem[] = [];
  if (!interview.tookPlace) {
    for (const field of ['role', 'caseManagerSeenBefore', 'language'] as const) {
      if (interview[field] !== undefined)
        problems.push({ field, message: `${field} is recorded only for an interview that took place` });
    }
    return problems;
  }
  if (interview.role === undefined)
    problems.push({ field: 'role', message: 'role is needed: the role of the person interviewed (002 13a)' });
  if (interview.role === 'case_manager' && interview.caseManagerSeenBefore === undefined) {
    problems.push({
      field: 'caseManagerSeenBefore',
      message: 'caseManagerSeenBefore is needed: whether this case manager was already interviewed (002 13b)',
    });
  }
  if (interview.role !== 'case_manager' && interview.caseManagerSeenBefore !== undefined) {
    problems.push({
      field: 'caseManagerSeenBefore',
      message: 'caseManagerSeenBefore is recorded only for an interview with the case manager',
    });
  }
  if (country === 'wales' && interview.language === undefined)
    problems.push({ field: 'language', message: 'language is needed in Wales (002 13c)' });
  if (country !== 'wales' && interview.language !== undefined)
    problems.push({ field: 'language', message: 'language is recorded only in Wales (002 13c)' });
  return problems;
}

// 002 13b and View 5: the questions about the YOT as a whole are put to each case manager once.
export function interviewedCaseManagerFirstTime(interview: InterviewFacts | undefined): boolean {
  return (
    interview?.tookPlace === true && interview.role === 'case_manager' && !interview.caseManagerSeenBefore
  );
}
