// A case as the fieldwork service holds it for an assessment — the long-list facts, the assessor's own
// classifications and findings, the interview record, the inspection's settings — and what the rules make of
// it with the answers: the questions that apply and the findings. The fieldwork service and `yji assessment
// check` both go through here.
import { z } from 'zod';
import type { Framework } from '../frameworks/index.ts';
import { RECORDED_CLASSIFICATIONS } from '../sampling/long-list-row-schema.ts';
import type { Answers, RationaleNotes } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import { caseContextSchema, type CaseContext } from './case-context.ts';
import type { AssessmentIssue } from './issues.ts';
import { validateAssessment } from './validation.ts';

const { relevantFactors, careExperience, interview } = caseContextSchema.shape;

export const assessedCaseSchema = caseContextSchema.omit({ disposalType: true }).extend({
  // The long-list facts (pseudonymous). Only the disposal type drives a rule; the rest is accepted as held.
  facts: z.strictObject({
    disposalType: z.string().min(1).max(40),
    disposalStart: z.iso.date().optional(),
    caseManager: z.string().min(1).max(100).optional(),
    gender: z.string().max(60).optional(),
    ethnicity: z.string().max(100).optional(),
    safetyWellbeing: z.enum(RECORDED_CLASSIFICATIONS).optional(),
    riskOfSeriousHarm: z.enum(RECORDED_CLASSIFICATIONS).optional(),
  }),
  // The fieldwork service holds these as null until recorded.
  inspectorClassification: caseContextSchema.shape.inspectorClassification.default({}),
  relevantFactors: relevantFactors.unwrap().nullable().optional(),
  careExperience: careExperience.unwrap().nullable().optional(),
  interview: interview.unwrap().nullable().optional(),
});
export type AssessedCase = z.output<typeof assessedCaseSchema>;

export function caseContextOf(assessedCase: AssessedCase): CaseContext {
  const {
    facts,
    inspectorClassification,
    relevantFactors,
    careExperience,
    interview,
    alertRaised,
    inspection,
  } = assessedCase;
  return {
    disposalType: facts.disposalType,
    inspectorClassification,
    ...(relevantFactors ? { relevantFactors } : {}),
    ...(careExperience ? { careExperience } : {}),
    ...(interview ? { interview } : {}),
    ...(alertRaised !== undefined ? { alertRaised } : {}),
    ...(inspection ? { inspection } : {}),
  };
}

export interface AssessmentCheck {
  /** The codes of the questions that apply now, in framework order. */
  readonly applicable: string[];
  readonly errors: AssessmentIssue[];
  readonly warnings: AssessmentIssue[];
}

export function checkAssessment(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
  rationale: RationaleNotes = {},
): AssessmentCheck {
  return {
    applicable: applicableQuestions(framework, caseContext, answers).map((question) => question.code),
    ...validateAssessment(framework, caseContext, answers, rationale),
  };
}
