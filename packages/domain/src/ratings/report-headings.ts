// How a published report names what it rates: the three domains of the standards (004 ¶3.3: "Domain 1 –
// Organisational Delivery"; domains two and three, court and out-of-court disposals, after the CARaGs 001 and
// 003) and, for a case-based standard, what each key question asks about (004 ¶3.24; 001/003's key
// questions: desistance, the child's safety and wellbeing, the safety of other people).
import { getFramework } from '../frameworks/registry.ts';
import { RATED_STANDARDS_2020, type KeyQuestionFocus } from './rated-standards.ts';

export const STANDARD_DOMAINS: readonly { number: string; name: string }[] = [
  { number: '1', name: 'Organisational delivery' },
  { number: '2', name: 'Court disposals' },
  { number: '3', name: 'Out-of-court disposals' },
];

/** The domain a standard such as "2.3" belongs to. */
export const domainOfStandard = (standardId: string) =>
  STANDARD_DOMAINS.find(({ number }) => standardId.split('.')[0] === number);

export const KEY_QUESTION_FOCUS_LABELS: Readonly<Record<KeyQuestionFocus, string>> = {
  desistance: "Supporting the child's desistance",
  'safety-and-wellbeing': 'Keeping the child safe',
  'risk-of-harm': 'Keeping other people safe',
  'partnership-working': 'Working in partnership',
};

/** "1.1" → "Governance and leadership": the standard's name in its framework (004 Annexe A); null if unknown. */
export const standardName = (standardId: string, standardsFrameworkId = 'standards-2020') =>
  getFramework(standardsFrameworkId)?.sections.find(({ code }) => code === standardId)?.name ?? null;

const CASE_BASED_KEY_QUESTIONS = RATED_STANDARDS_2020.flatMap((standard) =>
  standard.kind === 'case-based' ? standard.keyQuestions : [],
);

/**
 * "2.1.1" → "Supporting the child's desistance": what a case-based standard's key question asks about (001/003);
 * null for one that is not a case-based standard's.
 */
export function keyQuestionName(keyQuestionId: string): string | null {
  const focus = CASE_BASED_KEY_QUESTIONS.find(({ id }) => id === keyQuestionId)?.focus;
  return focus ? KEY_QUESTION_FOCUS_LABELS[focus] : null;
}
