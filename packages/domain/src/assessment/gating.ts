// The framework's own rule for safety-and-wellbeing and risk-of-harm key questions (Framework.gating).
import { CLASSIFICATION_LEVELS } from '../frameworks/index.ts';
import type { ClassificationLevel, Concern, Framework, KeyQuestion } from '../frameworks/index.ts';
import type { CaseContext } from './case-context.ts';

export type KeyQuestionGate =
  // Judged as usual.
  | { readonly state: 'open' }
  // 004 ¶3.26: the inspector classifies the concern below the framework's minimum; its judgements do not
  // apply and the n shrinks (the questions asked of every case still are).
  | { readonly state: 'closed'; readonly concern: Concern; readonly source: string }
  // The inspector has not classified the concern yet.
  | {
      readonly state: 'unclassified';
      readonly concern: Concern;
      readonly minimumLevel: ClassificationLevel;
      readonly source: string;
    }
  // 003 P 2 S etc.: no relevant factors, so the summary is answered yes.
  | { readonly state: 'no-factors'; readonly concern: Concern; readonly source: string };

export function keyQuestionGate(
  framework: Framework,
  keyQuestion: KeyQuestion,
  caseContext: CaseContext,
): KeyQuestionGate {
  const gating = framework.gating;
  if (!keyQuestion.gated || gating.mode === 'none') return { state: 'open' };
  const { concern, source } = keyQuestion.gated;
  if (gating.mode === 'yes-when-no-factors') {
    const noFactors = caseContext.relevantFactors?.[concern] === false;
    return noFactors ? { state: 'no-factors', concern, source } : { state: 'open' };
  }
  const level = caseContext.inspectorClassification[concern];
  // Decision: without the inspector's classification the key question stays applicable (never shrink the n
  // silently); validation reports the missing classification.
  if (level === undefined)
    return { state: 'unclassified', concern, minimumLevel: gating.minimumLevel, source };
  // Decision: 004 ¶3.26 says "medium or high"; very high is above high, so it is judged too.
  const atOrAbove =
    CLASSIFICATION_LEVELS.indexOf(level) >= CLASSIFICATION_LEVELS.indexOf(gating.minimumLevel);
  return atOrAbove ? { state: 'open' } : { state: 'closed', concern, source };
}

export const CONCERN_NAMES: Readonly<Record<Concern, string>> = {
  safetyWellbeing: 'safety and wellbeing',
  riskOfHarm: 'risk of harm',
};
